package uk.nhs.dorset.primarycare.mergers.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.HeldClock;
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
import uk.nhs.dorset.primarycare.testing.pages.Downloads;
import uk.nhs.dorset.primarycare.testing.pages.MergerCasePage;
import uk.nhs.dorset.primarycare.testing.pages.MergersPage;

/** Merger cases in Chromium: the list, and a case taken from enquiry to a completed merger by team and manager. */
class MergerJourneyIT extends BrowserTest {

    @Autowired
    MergerService mergers;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationClock clock;

    @Test
    void teamTakesACaseToApplicationManagerApprovesAndTheAbsorbedPracticeShowsAsMerged() {
        long id = enquiryReadyForTheWorkflow();

        signIn("team");
        MergerCasePage merger = new MergerCasePage(page, base()).open(id);
        assertThat(merger.status()).hasText("Enquiry");
        merger.screenshot("mergers-detail-enquiry");
        merger.actionPlan().scrollIntoViewIfNeeded();
        merger.screenshot("mergers-detail-enquiry-plan");
        merger.moveTo("Start advisory review", "Merger advisory review")
                .moveTo("Agree support", "Support agreed")
                .moveTo("Start due diligence", "Due diligence & patient engagement")
                .moveTo("Submit application", "Application to commissioner");
        merger.screenshot("mergers-detail-application");
        assertThat(merger.buttonNamed("Approve")).hasCount(0);

        signIn("manager");
        merger.open(id).moveTo("Approve", "Approved");

        signIn("team");
        // The merger completes on its date: the team does it on that day.
        HeldClock.on(clock, java.time.LocalDate.now().plusDays(100), () -> merger.open(id).moveTo("Complete merger", "Completed"));
        assertThat(merger.absorbedState()).containsText("Merged into J81070");
        assertThat(merger.practiceLink("J81045")).isVisible();
        merger.screenshot("mergers-detail-completed");
    }

    @Test
    void listFiltersStayInTheAddressAndEveryScreenFitsANarrowWindow() {
        signIn("manager");
        MergersPage list = new MergersPage(page, base()).open("COMPLETED");
        assertThat(list.grid()).containsText("Resilience case study");
        assertThat(list.summary()).containsText("patients affected");
        assertThat(list.exportLink()).isVisible();
        list.screenshot("mergers-grid");
        assertExportHoldsExactlyTheFilteredCases(list, new MergerFilter(uk.nhs.dorset.primarycare.mergers.MergerStatus.COMPLETED, null, null, null));

        list.open();
        assertThat(list.grid()).containsText("West Moors options appraisal");
        MergerCasePage merger = list.openCase("West Moors options appraisal");
        assertThat(merger.heading()).containsText("West Moors options appraisal");
        assertThat(merger.timeline()).containsText("Merger advisory review");
        merger.screenshot("mergers-detail-open");
        merger.actionPlan().scrollIntoViewIfNeeded();
        merger.screenshot("mergers-detail-open-plan");
        merger.timeline().scrollIntoViewIfNeeded();
        merger.screenshot("mergers-detail-open-timeline");

        list.window().phone();
        list.open();
        assertThat(list.grid()).isVisible();
        list.assertFitsPhone(list.grid(), list.exportLink());
        list.screenshot("mergers-grid-narrow");
        MergerCase study = caseTitled("Resilience case study");
        merger.open(study.getId());
        assertThat(merger.absorbedState()).containsText("Merged into");
        merger.assertFitsPhone(merger.status(), merger.absorbedState());
        merger.screenshot("mergers-detail-narrow");

        signIn("team");
        merger.window().desktop();
        merger.openNew();
        assertThat(merger.addPracticeButton()).isVisible();
        merger.screenshot("mergers-new");
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

    private void assertExportHoldsExactlyTheFilteredCases(MergersPage list, MergerFilter filter) {
        List<List<String>> rows = Downloads.rows(list.exportXlsx());
        List<String> titles = rows.subList(1, rows.size()).stream().map(row -> row.get(1)).toList();
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
}
