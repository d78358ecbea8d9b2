package uk.nhs.dorset.primarycare.practice.ui;

import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.base.ui.UnsavedChanges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.CqcRating;
import uk.nhs.dorset.primarycare.practice.HighImpactAction;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Pcn;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeForm;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The editable part of a practice record. Its rules are {@link PracticeForm}'s, shown at the
 * field; a refused save keeps the input so the user loses nothing.
 */
final class PracticeEditForm extends VerticalLayout {

    final ComboBox<String> locality = new ComboBox<>("Locality");
    final ComboBox<Pcn> pcn = new ComboBox<>("Primary Care Network");
    final Select<ContractType> contract = new Select<>();
    final Checkbox vulnerable = new Checkbox("Vulnerable practice");
    final Checkbox resilience = new Checkbox("In the resilience programme");
    final TextArea reason = new TextArea("Reason for the flags");
    final CheckboxGroup<HighImpactAction> actions = new CheckboxGroup<>("High impact actions adopted");
    final ComboBox<CqcRating> cqc = new ComboBox<>("CQC rating");
    final DatePicker cqcDate = new DatePicker("CQC rating date");
    final Button save = new Button("Save");
    final Paragraph refusal = new Paragraph();
    final BeanValidationBinder<PracticeForm> binder = new BeanValidationBinder<>(PracticeForm.class);
    private final PracticeService service;
    private final String odsCode;
    private long version;
    final UnsavedChanges unsaved = new UnsavedChanges(this);
    private PracticeForm loaded;

    PracticeEditForm(PracticeService service, Clock clock, Practice practice, boolean mayEdit) {
        this.service = service;
        this.odsCode = practice.getOdsCode();
        this.version = practice.getVersion();
        setPadding(false);
        locality.setItems(service.localities().stream().map(Locality::getName).toList());
        locality.setClearButtonVisible(true);
        locality.setPlaceholder("Unassigned");
        pcn.setItems(query -> service.pcns(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        pcn.setItemLabelGenerator(p -> p.getName() + " (" + p.getCode() + ")");
        pcn.setClearButtonVisible(true);
        contract.setLabel("Contract type");
        contract.setItems(ContractType.values());
        contract.setItemLabelGenerator(c -> c == null ? "Not recorded" : c.name() + " – " + c.label());
        contract.setEmptySelectionAllowed(true);
        contract.setEmptySelectionCaption("Not recorded");
        reason.setMaxLength(PracticeForm.REASON_MAX);
        reason.setHelperText("Needed when a flag is set");
        actions.setItems(HighImpactAction.values());
        actions.setItemLabelGenerator(HighImpactAction::label);
        actions.addClassName("high-impact-actions");
        cqc.setItems(CqcRating.values());
        cqc.setItemLabelGenerator(CqcRating::label);
        cqc.setClearButtonVisible(true);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(Formats.DATE_PATTERN);
        cqcDate.setI18n(i18n);
        cqcDate.setLocale(Formats.LOCALE);
        cqcDate.setMax(LocalDate.now(clock));
        bind(clock);
        loaded = PracticeForm.of(practice);
        binder.readBean(loaded);
        unsaved.watch(binder);

        FormLayout layout = new FormLayout(locality, pcn, contract, cqc, cqcDate);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        FormLayout flags = new FormLayout(vulnerable, resilience, reason);
        flags.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        flags.setColspan(reason, 2);
        reason.setWidthFull();
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        add(layout, flags, actions, refusal);

        if (mayEdit) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            add(save);
        } else {
            binder.setReadOnly(true);
        }
    }

    /** The form's own constraints come with each binding; the rules joining two fields are asked of the form too. */
    private void bind(Clock clock) {
        binder.forField(locality).bind("locality");
        binder.forField(pcn)
                .withConverter(p -> p == null ? null : p.getCode(),
                        code -> code == null ? null : service.pcn(code).orElse(null))
                .bind("pcn");
        binder.forField(contract).bind("contract");
        binder.forField(vulnerable).bind("vulnerable");
        binder.forField(resilience).bind("resilience");
        // The text area's own length check has no words; the form's rule says how long is too long.
        binder.forField(reason).withDefaultValidator(false)
                .withValidator((r, context) -> result(PracticeForm.reasonProblem(vulnerable.getValue() || resilience.getValue(), r)))
                .bind("reason");
        binder.forField(actions).bind("actions");
        binder.forField(cqc).bind("cqc");
        binder.forField(cqcDate)
                .withValidator((d, context) -> result(PracticeForm.ratingDateProblem(cqc.getValue(), d, LocalDate.now(clock))))
                .bind("cqcDate");
        vulnerable.addValueChangeListener(e -> binder.validate());
        resilience.addValueChangeListener(e -> binder.validate());
        cqc.addValueChangeListener(e -> binder.validate());
    }

    private static ValidationResult result(@Nullable String problem) {
        return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
    }

    private void save() {
        refusal.setVisible(false);
        PracticeForm form = new PracticeForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            Practice saved = service.update(odsCode, version, form.toEdit());
            version = saved.getVersion();
            Notifications.success("Saved " + saved.label());
            loaded = PracticeForm.of(saved);
            binder.readBean(loaded);
            getUI().ifPresent(ui -> ui.navigate(PracticeView.class, new RouteParameters("odsCode", odsCode)));
        } catch (ConcurrentChange conflict) {
            refusal.setText(UserMessages.of(conflict));
            refusal.setVisible(true);
            Practice fresh = service.get(odsCode);
            ConflictDialog.open(conflict, binder, loaded, PracticeForm.of(fresh), () -> {
                version = fresh.getVersion();
                loaded = PracticeForm.of(fresh);
                binder.readBean(loaded);
                refusal.setVisible(false);
                return binder;
            });
        } catch (RuntimeException refused) {
            refusal.setText(UserMessages.of(refused));
            refusal.setVisible(true);
            Notifications.error(UserMessages.of(refused));
        }
    }
}
