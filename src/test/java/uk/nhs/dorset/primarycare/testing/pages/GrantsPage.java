package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** The grant bids grid with its programme's figures and chart. */
public final class GrantsPage extends Screen {

    public GrantsPage(Page page, String base) {
        super(page, base);
    }

    public GrantsPage open() {
        go("/grants");
        return this;
    }

    public GrantsPage open(String programme) {
        go("/grants?programme=" + programme);
        return this;
    }

    public Locator grid() {
        return page.locator("vaadin-grid.grants-grid");
    }

    public Locator chart() {
        return page.locator(".chart img");
    }

    /** The programme's committed money as the figure shows it ("£12,000"). */
    public Locator committed() {
        return programmeFigure("Committed");
    }

    public Locator programmeFigure(String caption) {
        return page.locator("#programme-figures .figure").filter(new Locator.FilterOptions().setHasText(caption)).locator(".figure-value");
    }

    /** The grid's Columns and Views menus. */
    public GridToolbar toolbar() {
        return new GridToolbar(page, grid());
    }

    /** A filter of the toolbar by its label ("Status"): its input, to pick from or read. */
    public Locator filter(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }

    /** Picks a filter's choice as a user does, and waits for the address to say so. */
    public GrantsPage filterBy(String label, String choice, String inAddress) {
        Combo.pick(page, filter(label), choice);
        page.waitForURL(url -> url.contains(inAddress));
        return this;
    }

    public Locator newBidButton() {
        return button("New bid");
    }

    public Locator exportButton() {
        return page.getByText("Export .xlsx").first();
    }

    public Path exportXlsx() {
        return Downloads.take(page, exportButton());
    }

    /** Starts a bid through the new-bid dialog and lands on its draft. */
    public GrantBidPage createDraft(String practice, String programme, String title) {
        newBidButton().click();
        Combo.pick(page, page.locator("#new-bid-practice input"), practice);
        Combo.pick(page, page.locator("#new-bid-programme input"), programme);
        page.locator("#new-bid-title input").fill(title);
        screenshot("grants-new-bid");
        button("Create draft").click();
        page.waitForURL("**/grants/*");
        return new GrantBidPage(page, base);
    }

    /** Opens the first bid that shows an amount of money. */
    public GrantBidPage openFirstBid() {
        grid().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("£")).first().click();
        page.waitForURL("**/grants/*");
        return new GrantBidPage(page, base);
    }
}
