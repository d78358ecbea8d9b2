package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The owner and comment thread under every workflow record's own parts. */
public final class RecordWork {

    private final Page page;

    RecordWork(Page page) {
        this.page = page;
    }

    private Locator section() {
        return page.locator(".record-work");
    }

    /** Gives the record to the user whose name the picker shows ("Estates lead (demo) (estates)"). */
    public RecordWork assignTo(String name) {
        Combo.pick(page, section().getByLabel("Owner", new Locator.GetByLabelOptions().setExact(true)), name);
        // The page shows the record again with its new version; what is typed before that would be typed into the old one.
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Assigned to"))).isVisible();
        return this;
    }

    public RecordWork write(String text) {
        section().getByLabel("Add a comment").fill(text);
        return this;
    }

    /** Picks a person in "Mention someone", which puts "@username" at the end of the text. */
    public RecordWork mention(String name) {
        Combo.pick(page, section().getByLabel("Mention someone"), name);
        return this;
    }

    public RecordWork shareWithThePractice() {
        section().locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("Share with the practice")).click();
        return this;
    }

    public RecordWork post() {
        section().locator("vaadin-button", new Locator.LocatorOptions().setHasText("Post comment")).click();
        return this;
    }

    /** The comment box, to read what it holds. */
    public Locator draft() {
        return section().getByLabel("Add a comment");
    }

    /** Every comment shown, oldest first. */
    public Locator comments() {
        return section().locator(".comment");
    }

    public Locator comment(String text) {
        return comments().filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The thread's own words when it has no comment the user may read. */
    public Locator empty() {
        return section().locator(".comments p", new Locator.LocatorOptions().setHasText("No comments yet."));
    }
}
