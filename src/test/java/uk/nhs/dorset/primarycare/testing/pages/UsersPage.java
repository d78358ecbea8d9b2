package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.AriaRole;

/** The administrator's users grid and its add-user dialog. */
public final class UsersPage extends Screen {

    public UsersPage(Page page, String base) {
        super(page, base);
    }

    public UsersPage open() {
        go("/admin/users");
        return this;
    }

    public Locator addUserButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user"));
    }

    /** Fills the add-user dialog and returns it, not yet confirmed. */
    public Locator fillNewUser(String username, String displayName, String password, String role) {
        addUserButton().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username").fill(username);
        dialog.getByLabel("Display name").fill(displayName);
        dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill(password);
        dialog.getByLabel("Roles").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(role)).click();
        page.keyboard().press("Escape");
        return dialog;
    }

    public UsersPage confirmNewUser(Locator dialog) {
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add user")).click();
        // The dialog closes once the user is saved; wait for it to be gone before reading the page.
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        return this;
    }

    public Locator row(String username) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username));
    }

    public Locator grid() {
        return page.locator("vaadin-grid").first();
    }
}
