package uk.nhs.dorset.primarycare.grants.ui;

import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantRules;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.ProgrammeForm;

/** Creates or edits a programme (manager only); the service refuses a budget below what is committed. */
class ProgrammeDialog extends Dialog {

    ProgrammeDialog(GrantProgrammeService grants, @Nullable GrantProgramme existing, Consumer<GrantProgramme> saved) {
        setHeaderTitle(existing == null ? "New programme" : "Edit programme " + existing.getName());
        TextField year = new TextField("Financial year");
        year.setPlaceholder("2018/19");
        year.setMaxLength(7);
        year.setRequired(true);
        BigDecimalField budget = DecimalField.money("Budget (£)");
        budget.setHelperText("Leave blank while the budget is not confirmed");
        DatePicker deadline = GrantUi.datePicker("Spend deadline");
        deadline.setHelperText("Blank for 31 March of the year");
        Checkbox open = new Checkbox("Open for bids");
        ComboBox<GrantRules> rules = new ComboBox<>("Rules");
        rules.setItems(GrantRules.values());
        rules.setItemLabelGenerator(GrantRules::label);
        rules.setValue(GrantRules.DIRECTIONS_2013);
        if (existing != null) {
            year.setValue(existing.getName());
            year.setReadOnly(true);
            budget.setValue(existing.getBudget());
            deadline.setValue(existing.getSpendDeadline());
            open.setValue(existing.isOpenForBids());
            rules.setValue(existing.getRules());
        }
        Paragraph refusal = new Paragraph();
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        FormLayout form = new FormLayout(year, budget, deadline, rules, open);
        add(form, refusal);
        Runnable store = () -> {
            try {
                ProgrammeForm values = new ProgrammeForm(year.getValue(), budget.getValue(), deadline.getValue(),
                        open.getValue(), rules.getValue() == null ? GrantRules.DIRECTIONS_2013 : rules.getValue());
                GrantProgramme result = existing == null
                        ? grants.createProgramme(values)
                        : grants.updateProgramme(existing.getId(), existing.getVersion(), values);
                close();
                saved.accept(result);
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        };
        // A programme's budget and deadline govern every bid in it, so saving them is asked first.
        Button save = new Button("Save", e -> Confirm.ask(
                (existing == null ? "Create programme " : "Save programme ") + year.getValue() + "?",
                (budget.getValue() == null ? "Its budget stays unconfirmed" : "Its budget becomes " + Formats.money(budget.getValue()))
                        + "; it is " + (open.getValue() ? "open" : "closed") + " for bids. Every bid in it is judged against these.",
                existing == null ? "Create" : "Save", store));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
