package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    ProjectDetailsForm(EttfService service, EttfProject p, boolean mayEdit, Runnable changed) {
        setPadding(false);
        TextField name = new TextField("Name");
        name.setMaxLength(200);
        name.setRequired(true);
        name.setValue(p.getName());
        Select<ProjectType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(ProjectType.values());
        type.setItemLabelGenerator(ProjectType::label);
        type.setValue(p.getType());
        Select<LeadOrganisation> lead = new Select<>();
        lead.setLabel("Lead organisation");
        lead.setItems(LeadOrganisation.values());
        lead.setItemLabelGenerator(LeadOrganisation::label);
        lead.setValue(p.getLeadOrganisation());
        TextField leadName = new TextField("Lead organisation name");
        leadName.setMaxLength(200);
        leadName.setValue(EstatesUi.orEmpty(p.getLeadOrganisationName()));
        ComboBox<Locality> locality = new ComboBox<>("Locality");
        List<Locality> localities = service.localities();
        locality.setItems(localities);
        locality.setItemLabelGenerator(Locality::getName);
        locality.setClearButtonVisible(true);
        if (p.getLocality() != null) {
            localities.stream().filter(l -> l.getId().equals(p.getLocality().getId())).findFirst().ifPresent(locality::setValue);
        }
        MultiSelectComboBox<Practice> practices = new MultiSelectComboBox<>("Practices involved");
        List<Practice> open = new ArrayList<>(service.practices());
        p.getPractices().stream().filter(pr -> open.stream().noneMatch(o -> o.getOdsCode().equals(pr.getOdsCode()))).forEach(open::add);
        practices.setItems(open);
        practices.setItemLabelGenerator(pr -> pr.getOdsCode() + " " + pr.getName());
        Set<Practice> chosen = new HashSet<>();
        open.stream().filter(o -> p.getPractices().stream().anyMatch(pr -> pr.getOdsCode().equals(o.getOdsCode()))).forEach(chosen::add);
        practices.setValue(chosen);
        BigDecimalField capital = money("Capital value (£)", p.getCapitalValue());
        BigDecimalField share = money("ETTF share (£)", p.getEttfShare());
        BigDecimalField revenue = money("Annual revenue consequences (£)", p.getAnnualRevenueCost());
        TextField borneBy = new TextField("Revenue borne by");
        borneBy.setMaxLength(200);
        borneBy.setValue(EstatesUi.orEmpty(p.getRevenueBorneBy()));
        DatePicker end = DateFields.picker("Funding programme end");
        end.setValue(p.getProgrammeEndDate());
        end.setHelperText("ETTF was extended from March 2019 to March 2020");
        Select<Rag> rag = new Select<>();
        rag.setLabel("RAG");
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(Rag::label);
        rag.setValue(p.getRag());
        TextArea ragReason = new TextArea("RAG reason");
        ragReason.setMaxLength(2000);
        ragReason.setHelperText("Required when red");
        ragReason.setValue(EstatesUi.orEmpty(p.getRagReason()));
        IntegerField feasibility = new IntegerField("Feasibility % complete");
        feasibility.setMin(0);
        feasibility.setMax(100);
        feasibility.setValue(p.getFeasibilityPercent());
        TextArea nextSteps = new TextArea("Next steps");
        nextSteps.setMaxLength(2000);
        nextSteps.setValue(EstatesUi.orEmpty(p.getNextSteps()));

        FormLayout form = new FormLayout(name, type, lead, leadName, locality, practices, capital, share, revenue, borneBy,
                end, rag, ragReason, feasibility, nextSteps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        form.setColspan(practices, 2);
        if (!mayEdit) {
            form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
            add(form);
            return;
        }
        Paragraph error = new Paragraph();
        error.addClassName("refusal");
        error.setVisible(false);
        Button save = new Button("Save details", e -> {
            error.setVisible(false);
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the project a name");
                return;
            }
            if (rag.getValue() == Rag.RED && ragReason.getValue().isBlank()) {
                ragReason.setInvalid(true);
                ragReason.setErrorMessage("A red RAG status needs a reason");
                return;
            }
            if (capital.isInvalid() || share.isInvalid() || revenue.isInvalid() || feasibility.isInvalid()) {
                error.setText("Correct the highlighted fields");
                error.setVisible(true);
                return;
            }
            try {
                service.update(p.getId(), p.getVersion(), new ProjectDetails(name.getValue(), type.getValue(), lead.getValue(),
                        leadName.getValue(), locality.getValue() == null ? null : locality.getValue().getId(),
                        practices.getValue().stream().map(Practice::getOdsCode).toList(), capital.getValue(),
                        share.getValue(), revenue.getValue(), borneBy.getValue(), end.getValue(), rag.getValue(),
                        ragReason.getValue(), feasibility.getValue(), nextSteps.getValue()));
                Notifications.success("Details saved");
                changed.run();
            } catch (RuntimeException refused) {
                error.setText(UserMessages.of(refused));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, error, save);
    }

    private static BigDecimalField money(String label, @Nullable BigDecimal value) {
        BigDecimalField field = new BigDecimalField(label);
        field.setValue(value);
        field.addValueChangeListener(e -> {
            BigDecimal v = e.getValue();
            boolean bad = v != null && (v.signum() < 0 || v.compareTo(EttfProject.MAX_MONEY) > 0 || v.scale() > 2);
            field.setInvalid(bad);
            field.setErrorMessage(bad ? "Enter pounds and pence from £0 up to £9,999,999,999" : null);
        });
        return field;
    }

}
