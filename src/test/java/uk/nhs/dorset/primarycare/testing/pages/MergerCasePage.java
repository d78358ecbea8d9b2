package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** One merger case: its stage, action plan, timeline, what became of the practices, and its moves. */
public final class MergerCasePage extends RecordPage {

    public MergerCasePage(Page page, String base) {
        super(page, base);
    }

    public MergerCasePage open(long id) {
        go("/mergers/" + id);
        return this;
    }

    public MergerCasePage openNew() {
        go("/mergers/new");
        return this;
    }

    @Override
    public Locator status() {
        return page.locator("h2 + .badge, .badge").first();
    }

    /** Any button with exactly this name, move or not. */
    public Locator buttonNamed(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /** Moves the case and checks the new stage shows both on the badge and in the history. */
    public MergerCasePage moveTo(String action, String newStage) {
        move(action);
        assertThat(status()).hasText(newStage);
        assertThat(page.locator(".status-history")).containsText(newStage);
        return this;
    }

    public Locator actionPlan() {
        return page.locator(".action-plan");
    }

    public Locator timeline() {
        return page.locator(".merger-timeline");
    }

    public Locator absorbedState() {
        return page.locator(".absorbed-state");
    }

    public Locator practiceLink(String code) {
        return page.locator("a[href='practices/" + code + "']");
    }

    public Locator addPracticeButton() {
        return page.getByText("Add practice");
    }
}
