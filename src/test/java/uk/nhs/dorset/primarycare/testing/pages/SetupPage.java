package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrator's first-run set-up: organisation, practices, list sizes, localities; each step with its status. */
public final class SetupPage extends Screen {

    public static final int ORGANISATION = 0;
    public static final int PRACTICES = 1;
    public static final int LIST_SIZES = 2;
    public static final int NETWORKS = 3;
    public static final int LOCALITIES = 4;

    public SetupPage(Page page, String base) {
        super(page, base);
    }

    public SetupPage open() {
        go("/admin/setup");
        return this;
    }

    /** What the page says of the set-up as a whole. */
    public Locator overall() {
        return page.locator(".setup-overall");
    }

    public Locator step(int index) {
        return page.locator(".setup-step").nth(index);
    }

    public Locator status(int step) {
        return step(step).locator(".setup-status").first();
    }

    public SetupPage organisation(String name, String codes) {
        page.getByLabel("Organisation name").fill(name);
        page.getByLabel("Commissioner codes").fill(codes);
        step(ORGANISATION).locator("vaadin-button", new Locator.LocatorOptions().setHasText("Save organisation")).click();
        return this;
    }

    /** Uploads a file in a step, waits for its dry run, applies it and waits until the step reports it applied. */
    public SetupPage importFile(int step, Path file) {
        Locator section = step(step);
        section.locator("vaadin-upload input[type=file]").first().setInputFiles(file);
        assertThat(section.getByText("Dry run:").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Locator apply = section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply").setExact(true));
        assertThat(apply).isEnabled();
        apply.click();
        assertThat(section.getByText("Applied:").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return this;
    }

    /** Adds a locality in a cluster, typing the cluster's name as a user does for one that is new. */
    public SetupPage addLocality(String name, String cluster) {
        Locator step = step(LOCALITIES);
        step.getByLabel("Locality name").fill(name);
        Locator clusterInput = step.getByLabel("Cluster", new Locator.GetByLabelOptions().setExact(true));
        clusterInput.fill(cluster);
        clusterInput.press("Enter");
        step.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add locality")).click();
        return this;
    }

    /** Chooses every practice in no locality and puts them in the locality chosen (the one just added). */
    public SetupPage assignAllToChosenLocality() {
        step(LOCALITIES).locator("vaadin-button", new Locator.LocatorOptions().setHasText("Choose all")).click();
        step(LOCALITIES).locator("vaadin-button", new Locator.LocatorOptions().setHasText("Assign to locality")).click();
        return this;
    }

    /** The locality the practices will be put in, as the select shows it. */
    public Locator chosenLocality() {
        return step(LOCALITIES).locator("vaadin-select.locality-target");
    }
}
