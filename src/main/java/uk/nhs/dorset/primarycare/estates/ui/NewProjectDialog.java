package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectDetails;
import uk.nhs.dorset.primarycare.estates.ProjectType;
import uk.nhs.dorset.primarycare.estates.Rag;

/** Starts a project from its name, type and lead; the rest is filled in on its detail view. */
final class NewProjectDialog extends Dialog {

    NewProjectDialog(EttfService service) {
        setHeaderTitle("New ETTF project");
        TextField name = new TextField("Name");
        name.setMaxLength(ProjectDetails.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        Select<ProjectType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(ProjectType.values());
        type.setItemLabelGenerator(ProjectType::label);
        type.setValue(ProjectType.NEW_BUILD);
        Select<LeadOrganisation> leadOrg = new Select<>();
        leadOrg.setLabel("Lead organisation");
        leadOrg.setItems(LeadOrganisation.values());
        leadOrg.setItemLabelGenerator(LeadOrganisation::label);
        leadOrg.setValue(LeadOrganisation.CCG);
        add(new VerticalLayout(name, type, leadOrg));
        Button save = new Button("Create", e -> {
            // The details' own rules answer here: a blank name is refused with "Give the project a name".
            try {
                EttfProject created = service.create(new ProjectDetails(name.getValue(), type.getValue(), leadOrg.getValue(),
                        null, null, List.of(), null, null, null, null, null, Rag.GREEN, null, null, null));
                close();
                UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(created.getId())));
            } catch (RuntimeException refused) {
                name.setInvalid(true);
                name.setErrorMessage(UserMessages.of(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
