package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what a user typed in a record form from being lost without a word: moving elsewhere in
 * the application asks "Leave without saving?", and while there are unsaved changes the browser
 * asks before the tab is closed or reloaded. A form watches its binder; the view passes its
 * before-leave event on.
 */
public final class UnsavedChanges {

    // The page-wide handler is set only while there is something to lose, so a saved form never nags.
    private static final String ARM = "window.onbeforeunload = e => { e.preventDefault(); e.returnValue = ''; return ''; };";
    private static final String DISARM = "window.onbeforeunload = null;";

    private final Component owner;
    private BooleanSupplier dirty = () -> false;
    private @Nullable Registration watching;
    private boolean armed;

    public UnsavedChanges(Component owner) {
        this.owner = owner;
        owner.addDetachListener(e -> disarm());
    }

    /** Follows this binder from now on (a form that rebuilds its binder calls this again). */
    public UnsavedChanges watch(Binder<?> binder) {
        return watch(binder, binder::hasChanges);
    }

    /** Follows a binder whose changes are only part of the story (a grid of rows edited beside it). */
    public UnsavedChanges watch(Binder<?> binder, BooleanSupplier hasChanges) {
        if (watching != null) {
            watching.remove();
        }
        dirty = hasChanges;
        Registration status = binder.addStatusChangeListener(e -> sync());
        Registration values = binder.addValueChangeListener(e -> sync());
        watching = Registration.combine(status, values);
        sync();
        return this;
    }

    public boolean any() {
        return dirty.getAsBoolean();
    }

    /** Call after saving or reloading, when the form no longer holds anything unsaved. */
    public void sync() {
        boolean now = any();
        if (now != armed) {
            armed = now;
            owner.getUI().ifPresent(ui -> ui.getPage().executeJs(now ? ARM : DISARM));
        }
    }

    private void disarm() {
        if (armed) {
            armed = false;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.getPage().executeJs(DISARM);
            }
        }
    }

    /**
     * A dialog holding a form asks before its typed text is thrown away, whether by its Cancel
     * button, Escape or a click outside it. Returns what the Cancel button should run.
     */
    public static Runnable askBeforeClosing(Dialog dialog, BooleanSupplier hasChanges) {
        Runnable cancel = () -> {
            if (!hasChanges.getAsBoolean()) {
                dialog.close();
                return;
            }
            Confirm.ask("Discard your changes?", "What you typed in this dialog has not been saved.",
                    "Discard", "Keep editing", true, dialog::close);
        };
        // With a listener, Escape and an outside click no longer close the dialog by themselves.
        dialog.addDialogCloseActionListener(e -> cancel.run());
        return cancel;
    }

    /** Holds the navigation and asks; leaving drops the typed text, staying keeps it. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!any()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirm.ask("Leave without saving?",
                "Your changes to this page have not been saved. Leave and lose them, or stay and save them.",
                "Leave", "Stay on this page", true, () -> {
                    armed = true;
                    disarm();
                    action.proceed();
                });
    }
}
