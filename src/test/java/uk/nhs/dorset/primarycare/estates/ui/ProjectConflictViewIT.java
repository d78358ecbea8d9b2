package uk.nhs.dorset.primarycare.estates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectDetails;
import uk.nhs.dorset.primarycare.estates.ProjectType;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The ETTF project's details meet another estates lead's save, and are left with unsaved next steps. */
class ProjectConflictViewIT extends ViewTest {

    @Autowired
    EttfService service;

    @Test
    void reloadKeepsMyNextStepsAndTakesTheirNameAndLeavingAsksFirst() {
        signIn("estates");
        String name = "Conflict project " + UUID.randomUUID().toString().substring(0, 8);
        EttfProject project = service.create(new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.PRACTICE, null,
                null, List.of("J81002"), new BigDecimal("420000"), null, null, null, null, Rag.AMBER, null, null, null));
        navigate("estates/" + project.getId(), ProjectView.class);
        find(TextArea.class).withCaption("Next steps").single().setValue("Agree the heads of terms");

        ProjectDetails theirs = ProjectDetails.of(service.get(project.getId()));
        service.update(project.getId(), project.getVersion(), new ProjectDetails(name + " (renamed)", theirs.type(),
                theirs.leadOrganisation(), theirs.leadOrganisationName(), theirs.localityId(), theirs.practiceOdsCodes(),
                theirs.capitalValue(), theirs.ettfShare(), theirs.annualRevenueCost(), theirs.revenueBorneBy(),
                theirs.programmeEndDate(), theirs.rag(), theirs.ragReason(), theirs.feasibilityPercent(), theirs.nextSteps()));

        test(find(Button.class).withText("Save details").single()).click();
        ConflictDialog<?> dialog = find(ConflictDialog.class).single();
        assertThat(dialog.differences()).anySatisfy(d -> {
            assertThat(d.field()).isEqualTo("Name");
            assertThat(d.theirs()).isEqualTo(name + " (renamed)");
            assertThat(d.clash()).isFalse();
        });
        test(find(Button.class).from(dialog).withText("Reload and keep my edits").single()).click();
        assertThat(find(TextField.class).withCaption("Name").single().getValue()).isEqualTo(name + " (renamed)");
        assertThat(find(TextArea.class).withCaption("Next steps").single().getValue()).isEqualTo("Agree the heads of terms");
        test(find(Button.class).withText("Save details").single()).click();
        EttfProject saved = service.get(project.getId());
        assertThat(saved.getName()).isEqualTo(name + " (renamed)");
        assertThat(saved.getNextSteps()).isEqualTo("Agree the heads of terms");

        find(TextArea.class).withCaption("Next steps").single().setValue("Typed and not saved");
        UI.getCurrent().navigate(EstatesView.class);
        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        assertThat(find(ConfirmDialog.class).single().getElement().getProperty("header")).isEqualTo("Leave without saving?");
    }
}
