package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/** The frame of every signed-in screen: the menu, the signed-in user and signing out. */
public final class MainFrame {

    private final Page page;
    private final String base;

    MainFrame(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    public Locator userName() {
        return page.locator(".user-name");
    }

    public Locator menuItem(String title) {
        return page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(title));
    }

    /** The address of every item in the menu, as "/grants". */
    public java.util.List<String> menuPaths() {
        page.waitForSelector("vaadin-side-nav-item");
        return page.locator("vaadin-side-nav-item").all().stream()
                .map(item -> "/" + java.util.Objects.requireNonNullElse(item.getAttribute("path"), "")).toList();
    }

    /** The button that opens the menu on a narrow window. */
    public Locator menuToggle() {
        return page.locator("vaadin-drawer-toggle");
    }

    /**
     * Opens the menu if it is folded away: on a narrow window it folds behind the toggle, and it
     * stays folded when the window widens again.
     */
    public MainFrame openMenu() {
        Locator opened = page.locator("vaadin-app-layout[drawer-opened]");
        // Just after the window changes size the layout may still be opening or folding the menu
        // itself, so a press of the toggle can land the other way: look again and press again.
        for (int attempt = 0; attempt < 3 && opened.count() == 0; attempt++) {
            menuToggle().click();
            try {
                opened.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
            } catch (TimeoutError stillFolded) {
                // pressed while the layout was changing; the loop looks again
            }
        }
        assertThat(opened).hasCount(1);
        return this;
    }

    /** The notifications bell in the top bar; its accessible name says how many are unread. */
    public Locator bell() {
        return page.locator("vaadin-button.notification-bell");
    }

    /** The number the bell's accessible name gives ("Notifications, 3 unread"). */
    public long unreadNotifications() {
        String name = java.util.Objects.requireNonNullElse(bell().getAttribute("aria-label"), "");
        return Long.parseLong(name.replaceAll("[^0-9]", ""));
    }

    public Locator viewTitle() {
        return page.locator("h1.view-title");
    }

    public SignInPage signOut() {
        openMenu();
        page.getByText("Sign out").click();
        page.waitForURL("**/login");
        return new SignInPage(page, base);
    }
}
