package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.workforce.RoleFigures;
import uk.nhs.dorset.primarycare.workforce.StaffRole;
import uk.nhs.dorset.primarycare.workforce.WorkforceProfile;

/** Edits a draft or queried profile's figures; an empty field means "not supplied". */
class FiguresDialog extends Dialog {

    private final Map<StaffRole, IntegerField> headcounts = new EnumMap<>(StaffRole.class);
    private final Map<StaffRole, BigDecimalField> ftes = new EnumMap<>(StaffRole.class);
    private final IntegerField patients = new IntegerField("Registered patients");
    private final Paragraph refusal = new Paragraph();

    FiguresDialog(WorkforceProfile profile, BiConsumer<Map<StaffRole, RoleFigures>, @Nullable Integer> onSave) {
        setHeaderTitle("Figures for " + profile.getPractice().label());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 4));
        patients.setMin(0);
        patients.setMax(1_000_000);
        patients.setValue(profile.getRegisteredPatients());
        form.add(patients, 4);
        for (StaffRole role : StaffRole.values()) {
            IntegerField hc = new IntegerField(role.label() + " headcount");
            hc.setMin(0);
            hc.setMax(9999);
            hc.setValue(profile.headcount(role));
            BigDecimalField fte = DecimalField.number(role.label() + " FTE");
            fte.setValue(profile.fte(role));
            headcounts.put(role, hc);
            ftes.put(role, fte);
            form.add(hc, fte);
        }
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        add(new Paragraph("Leave a figure empty when the practice did not supply it; enter 0 only for a real zero."), form, refusal);
        Button save = new Button("Save", e -> {
            try {
                Map<StaffRole, RoleFigures> figures = new EnumMap<>(StaffRole.class);
                for (StaffRole role : StaffRole.values()) {
                    if (headcounts.get(role).isInvalid() || patients.isInvalid()) {
                        throw new IllegalArgumentException("Correct the figures marked invalid");
                    }
                    BigDecimal fte = ftes.get(role).getValue();
                    figures.put(role, new RoleFigures(headcounts.get(role).getValue(), fte));
                }
                onSave.accept(figures, patients.getValue());
                close();
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(48rem, 95vw)");
    }
}
