package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** One grant bid: its details form, the money figures, its papers and its workflow moves. */
public final class GrantBidPage extends RecordPage {

    public GrantBidPage(Page page, String base) {
        super(page, base);
    }

    public GrantBidPage open(String bidUrl) {
        page.navigate(bidUrl);
        page.waitForSelector("vaadin-app-layout");
        return this;
    }

    public GrantBidPage open(long id) {
        go("/grants/" + id);
        return this;
    }

    public GrantBidPage type(String label, String value) {
        field(label).fill(value);
        return this;
    }

    public GrantBidPage choose(String label, String item) {
        Combo.pick(page, field(label), item);
        return this;
    }

    /** Types an en-GB date ("01/06/2085") and commits it as a user does, with Enter. */
    public GrantBidPage date(String label, String day) {
        field(label).fill(day);
        field(label).press("Enter");
        return this;
    }

    public Locator saveButton() {
        return button("Save");
    }

    public GrantBidPage save() {
        saveButton().click();
        return this;
    }

    /** The money figure with this caption ("Requested grant"). */
    public Locator figure(String caption) {
        return page.locator(".figure").filter(new Locator.FilterOptions().setHasText(caption)).locator(".figure-value");
    }

    public GrantBidPage attach(Path file) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        return this;
    }

    /** The address the bid's attachment upload posts its file to, for a test that posts past the browser. */
    public String uploadAddress() {
        return base + "/" + page.locator("vaadin-upload").first().getAttribute("target");
    }

    public Locator attachment(String fileName) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(fileName)).first();
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).last();
    }
}
