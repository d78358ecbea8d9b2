package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/** Enters or corrects one locality's modelled target for a staff group in a model version. */
class TargetDialog extends Dialog {

    TargetDialog(WorkforceService workforce, List<String> localities, @Nullable String version, Runnable onSaved) {
        setHeaderTitle("Set a modelled target");
        TextField model = new TextField("Model version");
        model.setMaxLength(20);
        model.setRequired(true);
        model.setValue(version == null ? "" : version);
        ComboBox<String> locality = new ComboBox<>("Locality", localities);
        locality.setRequired(true);
        ComboBox<StaffGroup> group = new ComboBox<>("Staff group", StaffGroup.values());
        group.setItemLabelGenerator(StaffGroup::label);
        group.setRequired(true);
        BigDecimalField fte = DecimalField.number("Target FTE");
        fte.setRequiredIndicatorVisible(true);
        Paragraph refusal = new Paragraph();
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        add(new FormLayout(model, locality, group, fte), refusal);
        Button save = new Button("Save target", e -> {
            if (locality.getValue() == null || group.getValue() == null || fte.getValue() == null) {
                refusal.setText("Choose the locality and staff group and enter the target FTE");
                refusal.setVisible(true);
                return;
            }
            try {
                workforce.setTarget(model.getValue(), locality.getValue(), group.getValue(), fte.getValue());
                onSaved.run();
                close();
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
