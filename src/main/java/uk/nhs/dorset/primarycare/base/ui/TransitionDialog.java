package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks the user to confirm a workflow step or another irreversible action, with a comment
 * that goes into the history. When the action is refused the dialog stays open showing why,
 * so nothing the user typed is lost.
 */
public class TransitionDialog extends Dialog {

    private final TextArea comment = new TextArea("Comment");
    private final Paragraph refusal = new Paragraph();

    /**
     * @param onConfirm runs with the comment (blank when none); throw to refuse: the exception's
     *                  message is shown in the dialog
     */
    public TransitionDialog(String title, String question, boolean commentRequired, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setRequired(commentRequired);
        comment.setHelperText(commentRequired ? "Required: say why" : "Optional: recorded in the history");
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        add(new Paragraph(question), comment, refusal);

        Button confirm = new Button(title, e -> {
            String text = comment.getValue().strip();
            if (commentRequired && text.isEmpty()) {
                comment.setInvalid(true);
                comment.setErrorMessage("Give a reason");
                return;
            }
            try {
                onConfirm.accept(text);
                close();
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
