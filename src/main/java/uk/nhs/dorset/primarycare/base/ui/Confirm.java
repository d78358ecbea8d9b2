package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way a step that changes the programme's figures asks first: a question, what it will do, and two buttons. */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog ask(String question, String consequence, String confirmWord, Runnable confirmed) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(question);
        ask.setText(consequence);
        Button yes = new Button(confirmWord, e -> {
            ask.close();
            confirmed.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Go back", e -> ask.close());
        ask.setConfirmButton(yes);
        ask.setCancelable(true);
        ask.setCancelButton(no);
        ask.open();
        return ask;
    }
}
