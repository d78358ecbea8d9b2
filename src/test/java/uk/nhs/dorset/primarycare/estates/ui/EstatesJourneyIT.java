package uk.nhs.dorset.primarycare.estates.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import uk.nhs.dorset.primarycare.testing.pages.EstatesPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.ProjectPage;

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

    @Test
    void estatesLeadMovesParkstoneFromFbcSubmittedToPanelAndRecordsApproval() {
        EttfProject parkstone = parkstone();
        MainFrame frame = signIn("estates");
        EstatesPage pipeline = new EstatesPage(page, base()).open();
        assertThat(pipeline.card("FBC_SUBMITTED", "Parkstone Health Centre: refurbishment")).isVisible();
        pipeline.screenshot("estates-board-1440");

        ProjectPage project = pipeline.openCard("FBC_SUBMITTED", "Parkstone Health Centre: refurbishment");
        page.waitForURL("**/estates/" + parkstone.getId());
        assertThat(project.status()).hasText("FBC submitted");
        project.screenshot("estates-detail-1440");
        project.assertChartsDrawn();
        project.screenshot(project.timeline(), "estates-timeline");

        project.move("Move to NHS England panel", "FBC presented to the Primary Care Commissioning Committee; to NHSE panel");
        assertThat(project.status()).hasText("NHS England panel");
        // Capital needs two people: a second estates lead records the panel's approval.
        frame.signOut();
        signIn("estates2");
        project.open(parkstone.getId());
        project.move("Panel approved", "Approved at NHS England panel");
        assertThat(project.status()).hasText("Approved");
        assertThat(project.stageRecords()).containsText("Approved by panel");
        assertThat(project.moveButton("Move to Construction")).isVisible();

        pipeline.openGrid("Parkstone");
        assertThat(pipeline.grid()).containsText("Approved");
        pipeline.screenshot("estates-grid-1440");

        pipeline.window().phone();
        pipeline.open();
        assertThat(pipeline.column("APPROVED")).isVisible();
        pipeline.assertFitsPhone(pipeline.newProjectButton());
        pipeline.screenshot("estates-board-400");
        project.open(parkstone.getId());
        assertThat(project.status()).hasText("Approved");
        project.assertFitsPhone(project.status(), project.moveButton("Move to Construction"));
        project.screenshot("estates-detail-400");
        pipeline.openGrid("");
        assertThat(pipeline.grid()).isVisible();
        pipeline.assertFitsPhone(pipeline.grid(), pipeline.newProjectButton());
        pipeline.screenshot("estates-grid-400");
    }

    @Test
    void teamCannotSeeTheMoveButtonsAndTheServiceRefusesTheMove() {
        EttfProject parkstone = parkstone();
        signIn("team");
        ProjectPage project = new ProjectPage(page, base()).open(parkstone.getId());
        assertThat(project.heading("Parkstone Health Centre")).isVisible();
        assertThat(project.moves()).hasCount(0);
        assertThat(project.saveDetailsButton()).isVisible();
        project.screenshot("estates-detail-team");

        SignIn.as(users, "team");
        try {
            assertThatThrownBy(() -> service.move(parkstone.getId(), parkstone.getVersion(), ProjectStage.NHSE_PANEL, MoveRequest.of("try")))
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
        ProjectPage project = new ProjectPage(page, base()).open(carlisle.getId());
        assertThat(project.moves()).hasText(new String[] {"Panel approved", "Panel refused: rework FBC", "Panel refused: close"});
        assertThat(project.saveDetailsButton()).hasCount(0);
    }

    @Test
    void practiceManagerIsNotLetIntoEstates() {
        MainFrame frame = signIn("practice");
        assertThat(frame.menuItem("Estates")).hasCount(0);
        EstatesPage pipeline = new EstatesPage(page, base());
        page.navigate(url("/estates"));
        page.waitForLoadState();
        pipeline.screenshot("estates-practice-refused");
        assertThat(pipeline.title()).hasCount(0);
        assertThat(pipeline.columns()).hasCount(0);
    }
}
