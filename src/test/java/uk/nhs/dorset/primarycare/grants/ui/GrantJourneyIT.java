package uk.nhs.dorset.primarycare.grants.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantRules;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.ProgrammeForm;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.pages.GrantBidPage;
import uk.nhs.dorset.primarycare.testing.pages.GrantsPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;

/** A bid's whole approval journey in Chromium: team drafts and submits, estates approves, the manager sees the money move. */
class GrantJourneyIT extends BrowserTest {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;
    @Autowired
    UserDetailsService users;

    @TempDir
    Path dir;

    private GrantProgramme ownProgramme() {
        SignIn.as(users, "manager");
        try {
            for (int year = 2085; ; year++) {
                int y = year;
                if (programmes.programmes().stream().noneMatch(p -> p.getFinancialYear().startYear() == y)) {
                    return programmes.createProgramme(new ProgrammeForm(new FinancialYear(y).toString(), new BigDecimal("250000"),
                            null, true, GrantRules.DIRECTIONS_2013));
                }
            }
        } finally {
            SignIn.out();
        }
    }

    @Test
    void teamSubmitsWithAQuoteEstatesApprovesManagerSeesCommittedChange() throws Exception {
        GrantProgramme programme = ownProgramme();
        String year = programme.getName();
        int startYear = programme.getFinancialYear().startYear();

        MainFrame frame = signIn("manager");
        GrantsPage grants = new GrantsPage(page, base()).open(year);
        assertThat(grants.committed()).hasText("£0");
        grants.screenshot("grants-manager-before");
        frame.signOut();

        frame = signIn("team");
        grants.open();
        GrantBidPage bid = grants.createDraft("J81002", year, "Journey: accessible entrance");
        String bidUrl = bid.url();

        bid.type("Description", "Ramp and automatic doors at the main entrance")
                .choose("Scheme type", "Improvement")
                .type("Total cost (£)", "30000")
                .type("Eligible cost (£)", "24000")
                .type("Grant rate (%)", "50")
                .choose("Tenure", "Leasehold")
                .date("Planned start", "01/06/" + startYear)
                .date("Planned completion", "01/09/" + startYear)
                .save();
        // The saved figures are shown before the page is pictured.
        assertThat(bid.figure("Requested grant")).hasText("£12,000");
        if (System.getenv("SCREENSHOTS") != null) {
            bid.heading().scrollIntoViewIfNeeded();
            bid.screenshot("grants-after-save");
        }

        Path quote = dir.resolve("builders-quote.pdf");
        Files.write(quote, "%PDF-1.4\n%journey quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        bid.attach(quote);
        assertThat(bid.attachment("builders-quote.pdf")).isVisible();
        bid.screenshot("grants-detail-draft");
        bid.move("Submit");
        assertThat(bid.badge("Submitted")).isVisible();
        frame.signOut();

        frame = signIn("estates");
        bid.open(bidUrl);
        bid.move("Start review");
        assertThat(bid.badge("Under review")).isVisible();
        frame.signOut();

        // Money needs two people: a second estates lead approves what the first reviewed.
        frame = signIn("estates2");
        bid.open(bidUrl);
        bid.move("Approve");
        assertThat(bid.badge("Approved")).isVisible();
        bid.screenshot("grants-detail-approved");
        bid.screenshot(bid.fieldChanges(), "grants-audit-approved");
        frame.signOut();

        signIn("manager");
        grants.open(year);
        assertThat(grants.committed()).hasText("£12,000");
        grants.screenshot("grants-manager-after");
    }

    @Test
    void everyGrantScreenRendersWideAndNarrow() {
        signIn("manager");
        GrantsPage grants = new GrantsPage(page, base()).open("2017/18");
        assertThat(grants.grid()).isVisible();
        grants.assertChartsDrawn();
        grants.screenshot("grants-grid-wide");
        grants.screenshot(grants.grid(), "grants-grid-rows");
        GrantBidPage bid = grants.openFirstBid();
        assertThat(bid.history()).isVisible();
        bid.screenshot("grants-detail-wide");
        bid.screenshot(bid.history(), "grants-history");
        bid.screenshot(bid.fieldChanges(), "grants-audit");

        grants.window().phone();
        grants.open("2017/18");
        assertThat(grants.grid()).isVisible();
        grants.assertFitsPhone(grants.grid(), grants.exportButton());
        grants.screenshot("grants-grid-narrow");
        page.goBack();
        bid.open(1);
        assertThat(bid.status()).isVisible();
        assertThat(bid.history()).isVisible();
        bid.assertFitsPhone(bid.status(), bid.history());
        if (bid.moves().count() > 0) {
            bid.window().assertUsable(bid.moves().first());
        }
        bid.screenshot("grants-detail-narrow");
    }
}
