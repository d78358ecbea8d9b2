package uk.nhs.dorset.primarycare.estates.ui;

import java.util.function.Supplier;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.base.ui.ReadOnlyFigures;
import uk.nhs.dorset.primarycare.base.ui.UnsavedChanges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.ui.DateFields;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectDetails;
import uk.nhs.dorset.primarycare.estates.ProjectType;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;

/**
 * A project's details: who leads it, which practices, the money, the RAG and feasibility.
 * Read-only for programme managers; saved with the version the user saw.
 */
final class ProjectDetailsForm extends VerticalLayout {

    // Field rules come from ProjectDetails' constraints; the binder shows them at the field.
    final BeanValidationBinder<ProjectDetails> binder = new BeanValidationBinder<>(ProjectDetails.class);
    final Paragraph error = new Paragraph();

    final UnsavedChanges unsaved = new UnsavedChanges(this);

    /** {@code reloadForm} shows the saved project again and hands back the new form's binder. */
    ProjectDetailsForm(EttfService service, EttfProject p, boolean mayEdit, Runnable changed,
            Supplier<BeanValidationBinder<ProjectDetails>> reloadForm) {
        setPadding(false);
        TextField name = new TextField("Name");
        name.setRequiredIndicatorVisible(true);
        binder.forField(name).bind("name");
        ComboBox<ProjectType> type = choice("Type", ProjectType.values(), ProjectType::label);
        binder.forField(type).bind("type");
        ComboBox<LeadOrganisation> lead = choice("Lead organisation", LeadOrganisation.values(), LeadOrganisation::label);
        binder.forField(lead).bind("leadOrganisation");
        TextField leadName = new TextField("Lead organisation name");
        binder.forField(leadName).bind("leadOrganisationName");
        ComboBox<Locality> locality = new ComboBox<>("Locality");
        List<Locality> localities = service.localities();
        locality.setItems(localities);
        locality.setItemLabelGenerator(Locality::getName);
        locality.setClearButtonVisible(true);
        binder.forField(locality).withConverter(Converter.<@Nullable Locality, @Nullable Long>from(l -> l == null ? null : l.getId(),
                id -> localities.stream().filter(l -> l.getId().equals(id)).findFirst().orElse(null),
                failed -> "Pick a locality from the list")).bind("localityId");
        MultiSelectComboBox<Practice> practices = new MultiSelectComboBox<>("Practices involved");
        List<Practice> open = new ArrayList<>(service.practices());
        p.getPractices().stream().filter(pr -> open.stream().noneMatch(o -> o.getOdsCode().equals(pr.getOdsCode()))).forEach(open::add);
        practices.setItems(open);
        practices.setItemLabelGenerator(pr -> pr.getOdsCode() + " " + pr.getName());
        binder.forField(practices).withConverter(Converter.<Set<Practice>, List<String>>from(
                chosen -> chosen.stream().map(Practice::getOdsCode).toList(),
                codes -> open.stream().filter(o -> codes.contains(o.getOdsCode())).collect(Collectors.toCollection(LinkedHashSet::new)),
                failed -> "Pick the practices from the list")).bind("practiceOdsCodes");
        BigDecimalField capital = DecimalField.money("Capital value (£)");
        binder.forField(capital).bind("capitalValue");
        BigDecimalField share = DecimalField.money("ETTF share (£)");
        binder.forField(share).bind("ettfShare");
        BigDecimalField revenue = DecimalField.money("Annual revenue consequences (£)");
        binder.forField(revenue).bind("annualRevenueCost");
        TextField borneBy = new TextField("Revenue borne by");
        binder.forField(borneBy).bind("revenueBorneBy");
        DatePicker end = DateFields.picker("Funding programme end");
        end.setHelperText("ETTF was extended from March 2019 to March 2020");
        binder.forField(end).bind("programmeEndDate");
        ComboBox<Rag> rag = choice("RAG", Rag.values(), Rag::label);
        binder.forField(rag).bind("rag");
        TextArea ragReason = new TextArea("RAG reason");
        ragReason.setHelperText("Required when red");
        binder.forField(ragReason).bind("ragReason");
        IntegerField feasibility = new IntegerField("Feasibility % complete");
        feasibility.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter the percentage as a whole number"));
        binder.forField(feasibility).bind("feasibilityPercent");
        TextArea nextSteps = new TextArea("Next steps");
        binder.forField(nextSteps).bind("nextSteps");
        binder.readRecord(ProjectDetails.of(p));

        FormLayout form = new FormLayout(name, type, lead, leadName, locality, practices, capital, share, revenue, borneBy,
                end, rag, ragReason, feasibility, nextSteps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        form.setColspan(practices, 2);
        if (!mayEdit) {
            binder.setReadOnly(true);
            ReadOnlyFigures.apply(form);
            add(form);
            return;
        }
        unsaved.watch(binder);
        error.addClassName("refusal");
        error.setVisible(false);
        Button save = new Button("Save details", e -> {
            error.setVisible(false);
            ProjectDetails details;
            try {
                details = binder.writeRecord();
            } catch (ValidationException invalid) {
                error.setText("Correct the highlighted fields");
                error.setVisible(true);
                return;
            }
            try {
                service.update(p.getId(), p.getVersion(), details);
                Notifications.success("Details saved");
                binder.readRecord(details);
                changed.run();
            } catch (ConcurrentChange conflict) {
                EttfProject fresh = service.get(p.getId());
                ConflictDialog.open(conflict, binder, ProjectDetails.of(p), ProjectDetails.of(fresh), reloadForm::get);
            } catch (RuntimeException refused) {
                error.setText(UserMessages.of(refused));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, error, save);
    }

    /**
     * A required choice from a short list. A combo box, not a select: Vaadin's select marks its
     * value button aria-required, which screen readers cannot use on a button (axe's
     * aria-allowed-attr), while a combo box's input carries it as it should.
     */
    private static <T> ComboBox<T> choice(String label, T[] items, ItemLabelGenerator<T> labels) {
        ComboBox<T> choice = new ComboBox<>(label);
        choice.setItems(items);
        choice.setItemLabelGenerator(labels);
        choice.setAllowCustomValue(false);
        return choice;
    }

}
