package uk.nhs.dorset.primarycare.programme.ui;

import uk.nhs.dorset.primarycare.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.programme.AllocationScenario;
import uk.nhs.dorset.primarycare.programme.AllocationService;
import uk.nhs.dorset.primarycare.programme.FundAllocation;

/**
 * Creates a modelled year (existing null) or edits one; the published year is never edited.
 * A refusal stays in the dialog with everything typed.
 */
final class AllocationEditor extends Dialog {

    /**
     * @param latest the latest year on file: a new model is most often of the year after it
     * @param onSaved told of the saved allocation once the dialog has closed
     */
    AllocationEditor(AllocationService allocation, @Nullable AllocationScenario existing, @Nullable FinancialYear latest,
                     Consumer<AllocationScenario> onSaved) {
        setHeaderTitle(existing == null ? "Model a year" : "Edit " + existing.title());
        setWidth("min(44rem, 96vw)");
        TextField year = new TextField("Financial year");
        year.setPlaceholder("2018/19");
        year.setMaxLength(7);
        year.setValue(existing != null ? existing.getYear().toString() : latest == null ? "" : latest.next().toString());
        year.setReadOnly(existing != null);
        TextField name = new TextField("Name");
        name.setMaxLength(100);
        name.setValue(existing == null ? "Modelled allocation" : existing.getName());
        BigDecimalField total = DecimalField.money("Total for local deployment (£)");
        total.setValue(existing == null ? BigDecimal.valueOf(780_000) : existing.getTotalAmount().stripTrailingZeros());
        BigDecimalField baseline = DecimalField.money("Baseline per locality (£)");
        baseline.setValue(!allocation.method().hasBaseline() ? BigDecimal.ZERO
                : existing == null ? BigDecimal.valueOf(30_000) : existing.getBaselineAmount().stripTrailingZeros());
        // Under capitation alone there is no baseline to give.
        baseline.setVisible(allocation.method().hasBaseline());
        DatePicker census = new DatePicker("Population census date");
        census.setLocale(Formats.LOCALE);
        census.setI18n(new DatePicker.DatePickerI18n().setDateFormat(Formats.DATE_PATTERN));
        census.setValue(existing == null ? LocalDate.of(2016, 12, 31) : existing.getCensusDate());
        TextArea notes = new TextArea("Notes");
        notes.setMaxLength(2000);
        notes.setValue(existing == null || existing.getNotes() == null ? "" : existing.getNotes());
        FormLayout form = new FormLayout(year, name, total, baseline, census);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        List<FundAllocation.LocalityPopulation> start = existing == null ? allocation.currentPopulations()
                : existing.getPopulations().stream().map(p -> new FundAllocation.LocalityPopulation(p.getLocality(), p.getPopulation())).toList();
        FormLayout pops = new FormLayout();
        pops.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        List<IntegerField> popFields = new ArrayList<>();
        for (FundAllocation.LocalityPopulation p : start) {
            IntegerField f = new IntegerField(p.locality());
            f.setMin(0);
            f.setMax(2_000_000);
            f.setValue(p.population());
            popFields.add(f);
            pops.add(f);
        }
        Paragraph refusal = new Paragraph();
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        add(form, new H3("Practice populations at the census date"), pops, notes, refusal);
        notes.setWidthFull();

        Runnable store = () -> {
            try {
                List<FundAllocation.LocalityPopulation> populations = new ArrayList<>();
                for (int i = 0; i < popFields.size(); i++) {
                    Integer v = popFields.get(i).getValue();
                    if (v == null || popFields.get(i).isInvalid()) {
                        throw new IllegalArgumentException("Give the population of " + start.get(i).locality() + " as a whole number");
                    }
                    populations.add(new FundAllocation.LocalityPopulation(start.get(i).locality(), v));
                }
                if (total.getValue() == null || baseline.getValue() == null || census.getValue() == null) {
                    throw new IllegalArgumentException("Give the total, the baseline and the census date");
                }
                AllocationScenario saved = existing == null
                        ? allocation.create(FinancialYear.parse(year.getValue()), name.getValue(), total.getValue(), baseline.getValue(),
                                census.getValue(), populations, notes.getValue())
                        : allocation.update(existing.getId(), existing.getVersion(), name.getValue(), total.getValue(), baseline.getValue(),
                                census.getValue(), populations, notes.getValue());
                close();
                Notifications.success("Allocation saved");
                onSaved.accept(saved);
            } catch (RuntimeException ex) {
                refusal.setText(UserMessages.of(ex));
                refusal.setVisible(true);
            }
        };
        // A new year appears beside the published ones at once, so making one is asked first.
        Button save = new Button("Save", e -> {
            if (existing == null) {
                Confirm.ask("Create the modelled allocation for " + year.getValue() + "?",
                        "It is listed beside the published years as modelled by you; its figures can be edited afterwards.",
                        "Create", store);
            } else {
                store.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
