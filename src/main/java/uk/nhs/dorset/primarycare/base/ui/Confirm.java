package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way a step asks first: a question, what it will do, and two buttons. */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog ask(String question, String consequence, String confirmWord, Runnable confirmed) {
        return ask(question, consequence, confirmWord, "Go back", false, confirmed);
    }

    /** The same, with the words for staying put, and a confirm button marked as losing something. */
    public static ConfirmDialog ask(String question, String consequence, String confirmWord, String cancelWord,
                                    boolean losesSomething, Runnable confirmed) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(question);
        ask.setText(consequence);
        Button yes = new Button(confirmWord, e -> {
            ask.close();
            confirmed.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (losesSomething) {
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button no = new Button(cancelWord, e -> ask.close());
        ask.setConfirmButton(yes);
        ask.setCancelable(true);
        ask.setCancelButton(no);
        ask.open();
        return ask;
    }
}
