package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The signed-in user's notifications, newest first: each opens its record. */
public final class NotificationsPage extends Screen {

    public NotificationsPage(Page page, String base) {
        super(page, base);
    }

    public NotificationsPage open() {
        go("notifications");
        return this;
    }

    /** The notifications whose text has these words. */
    public Locator item(String words) {
        return page.locator("vaadin-button.notification-item", new Page.LocatorOptions().setHasText(words));
    }

    public Locator markAllRead() {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Mark all read"));
    }
}
