package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The estates pipeline: a board with a column per stage, or a grid. */
public final class EstatesPage extends Screen {

    public EstatesPage(Page page, String base) {
        super(page, base);
    }

    public EstatesPage open() {
        go("/estates");
        return this;
    }

    public EstatesPage openGrid(String query) {
        go("/estates?view=grid" + (query.isEmpty() ? "" : "&q=" + query));
        return this;
    }

    public Locator columns() {
        return page.locator(".estates-column");
    }

    /** The board's column of one stage, by its code ("FBC_SUBMITTED"). */
    public Locator column(String stage) {
        return page.locator(".estates-column[data-stage=" + stage + "]");
    }

    public Locator card(String stage, String title) {
        return column(stage).getByText(title);
    }

    public ProjectPage openCard(String stage, String title) {
        card(stage, title).click();
        page.waitForURL("**/estates/*");
        return new ProjectPage(page, base);
    }

    public Locator grid() {
        return page.locator("vaadin-grid").first();
    }

    public Locator newProjectButton() {
        return button("New project");
    }

    public Locator title() {
        return page.getByText("ETTF capital projects");
    }
}
