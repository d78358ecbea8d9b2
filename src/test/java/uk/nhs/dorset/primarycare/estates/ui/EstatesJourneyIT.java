package uk.nhs.dorset.primarycare.estates.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** The estates lead takes Parkstone through the NHS England panel in Chromium; the team cannot. */
class EstatesJourneyIT extends BrowserTest {

    @Autowired
    EttfService service;
    @Autowired
    UserDetailsService users;

    private EttfProject parkstone() {
        SignIn.as(users, "manager");
        try {
            return service.list(new EttfFilter("Parkstone Health Centre", null, null, null, null, null, false)).getFirst();
        } finally {
            SignIn.out();
        }
    }

    private void screenshot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/estates-" + name + ".png")).setFullPage(true));
        }
    }

    private void move(String button, String comment) {
        page.locator("vaadin-button.workflow-action", new Page.LocatorOptions().setHasText(button)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill(comment);
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText(button)).click();
        assertThat(dialog).isHidden();
    }

    @Test
    void estatesLeadMovesParkstoneFromFbcSubmittedToPanelAndRecordsApproval() {
        EttfProject project = parkstone();
        signIn("estates");
        open("/estates");
        Locator fbcColumn = page.locator(".estates-column[data-stage=FBC_SUBMITTED]");
        assertThat(fbcColumn.getByText("Parkstone Health Centre: refurbishment")).isVisible();
        screenshot("board-1440");

        fbcColumn.getByText("Parkstone Health Centre: refurbishment").click();
        page.waitForURL("**/estates/" + project.getId());
        assertThat(page.locator(".badge").first()).hasText("FBC submitted");
        screenshot("detail-1440");
        assertThat(page.locator(".chart svg")).isVisible();
        if (System.getenv("SCREENSHOTS") != null) {
            page.locator(".chart").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/tmp/estates-timeline.png")));
        }

        move("Move to NHS England panel", "FBC presented to the Primary Care Commissioning Committee; to NHSE panel");
        assertThat(page.locator(".badge").first()).hasText("NHS England panel");
        move("Panel approved", "Approved at NHS England panel");
        assertThat(page.locator(".badge").first()).hasText("Approved");
        assertThat(page.locator(".stage-records")).containsText("Approved by panel");
        assertThat(page.locator("vaadin-button.workflow-action", new Page.LocatorOptions().setHasText("Move to Construction"))).isVisible();

        open("/estates?view=grid&q=Parkstone");
        assertThat(page.locator("vaadin-grid")).containsText("Approved");
        screenshot("grid-1440");
        page.setViewportSize(400, 800);
        open("/estates");
        screenshot("board-400");
        open("/estates/" + project.getId());
        screenshot("detail-400");
        open("/estates?view=grid");
        screenshot("grid-400");
    }

    @Test
    void teamCannotSeeTheMoveButtonsAndTheServiceRefusesTheMove() {
        EttfProject project = parkstone();
        signIn("team");
        open("/estates/" + project.getId());
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Parkstone Health Centre"))).isVisible();
        assertThat(page.locator("vaadin-button.workflow-action")).hasCount(0);
        assertThat(page.getByText("Save details")).isVisible();
        screenshot("detail-team");

        SignIn.as(users, "team");
        try {
            assertThatThrownBy(() -> service.move(project.getId(), project.getVersion(), ProjectStage.NHSE_PANEL, MoveRequest.of("try")))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SignIn.out();
        }
    }

    @Test
    void managerSeesOnlyThePanelDecisionsOnAProjectAtPanel() {
        SignIn.as(users, "manager");
        EttfProject carlisle;
        try {
            carlisle = service.list(new EttfFilter("Carlisle House", null, null, null, null, null, false)).getFirst();
        } finally {
            SignIn.out();
        }
        signIn("manager");
        open("/estates/" + carlisle.getId());
        Locator moves = page.locator("vaadin-button.workflow-action");
        assertThat(moves).hasText(new String[] {"Panel approved", "Panel refused: rework FBC", "Panel refused: close"});
        assertThat(page.getByText("Save details")).hasCount(0);
    }

    @Test
    void practiceManagerIsNotLetIntoEstates() {
        signIn("practice");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Estates"))).hasCount(0);
        page.navigate(url("/estates"));
        page.waitForLoadState();
        screenshot("practice-refused");
        assertThat(page.getByText("ETTF capital projects")).hasCount(0);
        assertThat(page.locator(".estates-column")).hasCount(0);
    }
}
