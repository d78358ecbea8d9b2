package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A record that moves through a workflow: its status badge, its history and the move buttons,
 * each of which opens a dialog whose confirm button carries the same words.
 */
public abstract class RecordPage extends Screen {

    protected RecordPage(Page page, String base) {
        super(page, base);
    }

    /** The record's status: the first badge on the page. */
    public Locator status() {
        return page.locator(".badge").first();
    }

    /** A badge reading exactly these words, wherever it sits. */
    public Locator badge(String words) {
        return page.locator(".badge", new Page.LocatorOptions().setHasText(words));
    }

    /** The move buttons the signed-in user is offered. */
    public Locator moves() {
        return page.locator("vaadin-button.workflow-action");
    }

    public Locator moveButton(String action) {
        return moves().filter(new Locator.FilterOptions().setHasText(action));
    }

    /** The record's owner and comment thread. */
    public RecordWork work() {
        return new RecordWork(page);
    }

    public Locator history() {
        return page.locator("vaadin-grid.status-history");
    }

    public Locator fieldChanges() {
        return page.locator("vaadin-grid.field-audit");
    }

    /** Presses the move button and confirms its dialog without a comment. */
    public void move(String action) {
        Locator dialog = openMove(action);
        confirm(dialog, action);
    }

    /** Presses the move button, gives the comment the dialog asks for and confirms. */
    public void move(String action, String comment) {
        Locator dialog = openMove(action);
        dialog.locator("textarea").fill(comment);
        confirm(dialog, action);
    }

    /** Presses the move button and returns the dialog it opens, still unconfirmed. */
    public Locator openMove(String action) {
        moveButton(action).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(confirmButton(dialog, action)).isVisible();
        return dialog;
    }

    private Locator confirmButton(Locator dialog, String action) {
        return dialog.locator("vaadin-button:not(.workflow-action)", new Locator.LocatorOptions().setHasText(action));
    }

    private void confirm(Locator dialog, String action) {
        Locator confirm = confirmButton(dialog, action);
        confirm.click();
        // A refused move keeps the dialog open with its message; a done one closes it.
        assertThat(confirm).isHidden();
    }
}
