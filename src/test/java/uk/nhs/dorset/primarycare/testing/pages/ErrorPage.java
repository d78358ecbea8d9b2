package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** What an address shows when it cannot be opened: a page inside the app's frame. */
public final class ErrorPage extends Screen {

    private int status;

    public ErrorPage(Page page, String base) {
        super(page, base);
    }

    /** Opens an address as a user typing it would, keeping the HTTP status it answered with. */
    public ErrorPage open(String path) {
        Response response = page.navigate(base + path);
        status = response == null ? 0 : response.status();
        page.waitForSelector("vaadin-app-layout");
        return this;
    }

    public int status() {
        return status;
    }

    @Override
    public Locator heading() {
        return page.locator(".route-error h2");
    }

    public Locator message() {
        return page.locator(".route-error p");
    }

    public Locator wayBack() {
        return page.locator(".route-error a", new Page.LocatorOptions().setHasText("Back to the dashboard"));
    }

    public String text() {
        return page.locator("body").innerText();
    }
}
