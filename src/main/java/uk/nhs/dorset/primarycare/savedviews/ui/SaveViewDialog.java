package uk.nhs.dorset.primarycare.savedviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.savedviews.SavedView;
import uk.nhs.dorset.primarycare.savedviews.SavedViewService;

/** Names the page's filters, sort and columns as a view of mine, maybe shared with everyone. */
class SaveViewDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Checkbox shared = new Checkbox("Share with everyone");

    SaveViewDialog(SavedViewService views, String route, String query, Consumer<SavedView> saved) {
        setHeaderTitle("Save view");
        addClassName("save-view-dialog");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(SavedView.NAME_MAX);
        name.setWidthFull();
        name.setHelperText("Keeps this page's filters, sort and columns.");
        name.addValueChangeListener(e -> name.setInvalid(false));
        add(name, shared);
        Button save = new Button("Save", e -> {
            try {
                SavedView view = views.save(route, name.getValue(), query, shared.getValue());
                close();
                saved.accept(view);
            } catch (IllegalArgumentException refused) {
                // Said at the name, where the user puts it right.
                name.setErrorMessage(UserMessages.of(refused));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }
}
