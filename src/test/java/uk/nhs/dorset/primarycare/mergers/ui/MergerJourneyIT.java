package uk.nhs.dorset.primarycare.mergers.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerDetails;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.mergers.MergerReason;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.ActionArea;
import uk.nhs.dorset.primarycare.mergers.ActionPlanItem;
import uk.nhs.dorset.primarycare.mergers.ActionStatus;
import uk.nhs.dorset.primarycare.mergers.FundingSource;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** Merger cases in Chromium: the list, and a case taken from enquiry to a completed merger by team and manager. */
class MergerJourneyIT extends BrowserTest {

    @Autowired
    MergerService mergers;
    @Autowired
    UserDetailsService users;

    @Test
    void teamTakesACaseToApplicationManagerApprovesAndTheAbsorbedPracticeShowsAsMerged() {
        long id = enquiryReadyForTheWorkflow();

        signIn("team");
        open("/mergers/" + id);
        assertThat(badge()).hasText("Enquiry");
        screenshot("detail-enquiry");
        page.locator(".action-plan").scrollIntoViewIfNeeded();
        screenshot("detail-enquiry-plan");
        move("Start advisory review", "Merger advisory review");
        move("Agree support", "Support agreed");
        move("Start due diligence", "Due diligence & patient engagement");
        move("Submit application", "Application to commissioner");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))).hasCount(0);

        signIn("manager");
        open("/mergers/" + id);
        move("Approve", "Approved");

        signIn("team");
        open("/mergers/" + id);
        move("Complete merger", "Completed");
        assertThat(page.locator(".absorbed-state")).containsText("Merged into J81070");
        assertThat(page.locator("a[href='practices/J81045']")).isVisible();
        screenshot("detail-completed");
    }

    @Test
    void listFiltersStayInTheAddressAndEveryScreenFitsANarrowWindow() {
        signIn("manager");
        open("/mergers?status=COMPLETED");
        assertThat(page.locator("vaadin-grid")).containsText("Resilience case study");
        assertThat(page.locator(".grid-summary")).containsText("patients affected");
        assertThat(page.locator(".export-link")).isVisible();
        screenshot("grid");
        assertExportHoldsExactlyTheFilteredCases(new MergerFilter(uk.nhs.dorset.primarycare.mergers.MergerStatus.COMPLETED, null, null, null));

        open("/mergers");
        assertThat(page.locator("vaadin-grid")).containsText("West Moors options appraisal");
        page.locator("vaadin-grid").getByText("West Moors options appraisal").click();
        page.waitForURL("**/mergers/*");
        assertThat(page.locator("h2")).containsText("West Moors options appraisal");
        assertThat(page.locator(".merger-timeline")).containsText("Merger advisory review");
        screenshot("detail-open");
        page.locator(".action-plan").scrollIntoViewIfNeeded();
        screenshot("detail-open-plan");
        page.locator(".merger-timeline").scrollIntoViewIfNeeded();
        screenshot("detail-open-timeline");

        page.setViewportSize(400, 800);
        open("/mergers");
        assertThat(page.locator("vaadin-grid")).isVisible();
        screenshot("grid-narrow");
        MergerCase study = caseTitled("Resilience case study");
        open("/mergers/" + study.getId());
        assertThat(page.locator(".absorbed-state")).containsText("Merged into");
        screenshot("detail-narrow");

        signIn("team");
        page.setViewportSize(1440, 900);
        open("/mergers/new");
        assertThat(page.getByText("Add practice")).isVisible();
        screenshot("new");
    }

    private long enquiryReadyForTheWorkflow() {
        SignIn.as(users, "team");
        try {
            MergerDetails d = new MergerDetails();
            d.setTitle("Kinson Road into Banks & Bearwood");
            d.setReason(MergerReason.WORKFORCE);
            d.setProposedMergerDate(java.time.LocalDate.now().plusDays(100));
            d.setPcseNotifiedOn(java.time.LocalDate.now());
            d.setFundingAmount(new java.math.BigDecimal("15000"));
            d.setFundingSource(FundingSource.NHSE_GPRP);
            d.setParties(java.util.List.of(new MergerParty("J81045", "", ContractType.GMS, 10598, false),
                    new MergerParty("J81070", "", ContractType.GMS, 9503, true)));
            java.util.List<ActionPlanItem> actions = new java.util.ArrayList<>();
            for (ActionArea area : ActionArea.values()) {
                actions.add(new ActionPlanItem(area, "Locality lead", java.time.LocalDate.now().plusDays(30), ActionStatus.COMPLETE, null));
            }
            d.setActions(actions);
            return mergers.create(d).getId();
        } finally {
            SignIn.out();
        }
    }

    private void assertExportHoldsExactlyTheFilteredCases(MergerFilter filter) {
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator(".export-link").click());
        java.util.List<String> titles = new java.util.ArrayList<>();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(download.path());
             org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(in);
             java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            rows.skip(1).forEach(row -> titles.add(row.getCellText(1)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SignIn.as(users, "manager");
        try {
            org.assertj.core.api.Assertions.assertThat(titles)
                    .containsExactlyElementsOf(mergers.list(filter).stream().map(MergerCase::getTitle).toList())
                    .anyMatch(t -> t.startsWith("Resilience case study"));
        } finally {
            SignIn.out();
        }
    }

    private MergerCase caseTitled(String prefix) {
        SignIn.as(users, "manager");
        try {
            return mergers.list(MergerFilter.none()).stream().filter(c -> c.getTitle().startsWith(prefix)).findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }

    private Locator badge() {
        return page.locator("h2 + .badge, .badge").first();
    }

    private void move(String action, String newStatus) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action)).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action)).click();
        assertThat(badge()).hasText(newStatus);
        if (action.equals("Submit application")) {
            screenshot("detail-application");
        }
        assertThat(page.locator(".status-history")).containsText(newStatus);
    }

    private void screenshot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/mergers-" + name + ".png")).setFullPage(true));
        }
    }
}
