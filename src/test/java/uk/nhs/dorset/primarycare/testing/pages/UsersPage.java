package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

    /** Finds the user by name and disables them, confirming the question. */
    public UsersPage disable(String username) {
        page.locator("vaadin-text-field[placeholder='Search username or name'] input").fill(username);
        assertThat(row(username)).hasCount(1);
        // The grid keeps the cells of rows it no longer shows, hidden: only the shown row counts.
        Locator disable = page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText("Disable"));
        assertThat(disable).hasCount(1);
        disable.click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable")).click();
        confirm.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Disabled")).first()).isVisible();
        return this;
    }
}
