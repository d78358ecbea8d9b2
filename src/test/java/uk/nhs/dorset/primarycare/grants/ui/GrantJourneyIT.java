package uk.nhs.dorset.primarycare.grants.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

    private void shot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/grants-" + name + ".png")).setFullPage(true));
        }
    }

    private void shotOf(Locator element, String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            element.scrollIntoViewIfNeeded();
            element.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/tmp/grants-" + name + ".png")));
        }
    }

    /** Clicks the bid's action button, then the confirm button of the dialog it opens. */
    private void confirm(String action) {
        page.locator("vaadin-button.workflow-action").filter(new Locator.FilterOptions().setHasText(action)).click();
        page.locator("vaadin-button:not(.workflow-action)").filter(new Locator.FilterOptions().setHasText(action)).click();
    }

    private Locator labelled(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).last();
    }

    private void pick(Locator comboBoxInput, String text) {
        comboBoxInput.fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    @Test
    void teamSubmitsWithAQuoteEstatesApprovesManagerSeesCommittedChange() throws Exception {
        GrantProgramme programme = ownProgramme();
        String year = programme.getName();

        signIn("manager");
        open("/grants?programme=" + year);
        Locator committed = page.locator("#programme-figures .figure").filter(new Locator.FilterOptions().setHasText("Committed"));
        assertThat(committed.locator(".figure-value")).hasText("£0");
        shot("manager-before");
        page.getByText("Sign out").click();
        page.waitForURL("**/login");

        signIn("team");
        open("/grants");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("New bid")).click();
        pick(page.locator("#new-bid-practice input"), "J81002");
        pick(page.locator("#new-bid-programme input"), year);
        page.locator("#new-bid-title input").fill("Journey: accessible entrance");
        shot("new-bid");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Create draft")).click();
        page.waitForURL("**/grants/*");
        String bidUrl = page.url();

        labelled("Description").fill("Ramp and automatic doors at the main entrance");
        pick(labelled("Scheme type"), "Improvement");
        labelled("Total cost (£)").fill("30000");
        labelled("Eligible cost (£)").fill("24000");
        labelled("Grant rate (%)").fill("50");
        pick(labelled("Tenure"), "Leasehold");
        labelled("Planned start").fill("01/06/" + (programme.getFinancialYear().startYear()));
        labelled("Planned start").press("Enter");
        labelled("Planned completion").fill("01/09/" + (programme.getFinancialYear().startYear()));
        labelled("Planned completion").press("Enter");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save")).click();
        if (System.getenv("SCREENSHOTS") != null) {
            page.waitForTimeout(2000);
            page.locator("h2").first().scrollIntoViewIfNeeded();
            shot("after-save");
        }
        assertThat(page.locator(".figure").filter(new Locator.FilterOptions().setHasText("Requested grant")).locator(".figure-value"))
                .hasText("£12,000");

        Path quote = dir.resolve("builders-quote.pdf");
        Files.write(quote, "%PDF-1.4\n%journey quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        page.locator("vaadin-upload input[type=file]").setInputFiles(quote);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("builders-quote.pdf")).first())
                .isVisible();
        shot("detail-draft");
        confirm("Submit");
        assertThat(page.locator(".badge").filter(new Locator.FilterOptions().setHasText("Submitted"))).isVisible();
        page.getByText("Sign out").click();
        page.waitForURL("**/login");

        signIn("estates");
        page.navigate(bidUrl);
        confirm("Start review");
        assertThat(page.locator(".badge").filter(new Locator.FilterOptions().setHasText("Under review"))).isVisible();
        confirm("Approve");
        assertThat(page.locator(".badge").filter(new Locator.FilterOptions().setHasText("Approved"))).isVisible();
        shot("detail-approved");
        shotOf(page.locator("vaadin-grid.field-audit"), "audit-approved");
        page.getByText("Sign out").click();
        page.waitForURL("**/login");

        signIn("manager");
        open("/grants?programme=" + year);
        assertThat(committed.locator(".figure-value")).hasText("£12,000");
        shot("manager-after");
    }

    @Test
    void everyGrantScreenRendersWideAndNarrow() {
        signIn("manager");
        open("/grants?programme=2017/18");
        assertThat(page.locator("vaadin-grid.grants-grid")).isVisible();
        assertThat(page.locator(".chart svg")).isVisible();
        shot("grid-wide");
        shotOf(page.locator("vaadin-grid.grants-grid"), "grid-rows");
        page.locator("vaadin-grid.grants-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("£")).first().click();
        page.waitForURL("**/grants/*");
        assertThat(page.locator("vaadin-grid.status-history")).isVisible();
        shot("detail-wide");
        shotOf(page.locator("vaadin-grid.status-history"), "history");
        shotOf(page.locator("vaadin-grid.field-audit"), "audit");
        page.setViewportSize(400, 800);
        open("/grants?programme=2017/18");
        assertThat(page.locator("vaadin-grid.grants-grid")).isVisible();
        shot("grid-narrow");
        page.goBack();
        page.navigate(url("/grants/1"));
        page.waitForSelector("vaadin-app-layout");
        shot("detail-narrow");
    }
}
