package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

/**
 * Asks the user to confirm a workflow step or another irreversible action, with a comment
 * that goes into the history. When the action is refused the dialog stays open showing why,
 * so nothing the user typed is lost.
 */
public class TransitionDialog extends Dialog {

    private final TextArea comment = new TextArea("Comment");
    private final Paragraph refusal = new Paragraph();
    private final UnorderedList reasons = new UnorderedList();

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
        reasons.addClassName("refusal-reasons");
        reasons.setVisible(false);
        add(new Paragraph(question), comment, refusal, reasons);

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
                refuse(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }

    /** Shows why the action cannot be done: one sentence, or every unmet condition as a list. */
    public void refuse(RuntimeException refused) {
        List<String> all = refused instanceof TransitionNotAllowed guards ? guards.reasons() : List.of(UserMessages.of(refused));
        reasons.removeAll();
        if (all.size() == 1) {
            refusal.setText(all.getFirst());
        } else {
            refusal.setText("This cannot be done yet. Sort out all of these first:");
            all.forEach(reason -> reasons.add(new ListItem(reason)));
        }
        refusal.setVisible(true);
        reasons.setVisible(all.size() > 1);
    }
}
