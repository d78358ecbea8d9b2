package uk.nhs.dorset.primarycare.estates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectDetails;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.ProjectType;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.testing.ViewTest;

class EstatesViewIT extends ViewTest {

    @Autowired
    EttfService service;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private EttfProject newProject(String name) {
        return service.create(new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.PRACTICE, null, null,
                List.of("J81002"), new BigDecimal("420000"), null, null, null, null, Rag.AMBER, "Landlord consent", null, null));
    }

    private Div column(ProjectStage stage) {
        return find(Div.class).withClassName("estates-column").withAttribute("data-stage", stage.name()).single();
    }

    @Test
    void estatesLeadMovesAProjectFromTheDetailViewWithACommentAndTheBoardShowsItInItsNewColumn() {
        signIn("estates");
        String name = "Board move " + UUID.randomUUID().toString().substring(0, 8);
        EttfProject project = newProject(name);

        navigate(EstatesView.class);
        find(TextField.class).withLabel("Name").single().setValue(name);
        assertThat(find(RouterLink.class, column(ProjectStage.FEASIBILITY)).withText(name).exists()).isTrue();

        navigate("estates/" + project.getId(), ProjectView.class);
        test(find(Button.class).withText("Move to PID submitted").single()).click();
        Dialog dialog = find(Dialog.class).single();
        find(TextArea.class, dialog).single().setValue("PID sent to NHSE Wessex Area team");
        test(find(Button.class, dialog).withText("Move to PID submitted").single()).click();

        EttfProject moved = service.get(project.getId());
        assertThat(moved.getStage()).isEqualTo(ProjectStage.PID_SUBMITTED);
        assertThat(moved.getHistory().getLast().getComment()).isEqualTo("PID sent to NHSE Wessex Area team");
        assertThat(moved.getHistory().getLast().getChangedBy()).isEqualTo("estates");
        assertThat(find(Span.class).withText("PID submitted").exists()).as("stage badge updated").isTrue();
        assertThat(find(FieldChangesGrid.class).single().getGenericDataView().getItems())
                .as("the field audit lists the stage change")
                .anyMatch(c -> c.field().equals("Stage") && c.to().equals("PID submitted") && c.by().equals("estates"));

        navigate(EstatesView.class);
        find(TextField.class).withLabel("Name").single().setValue(name);
        assertThat(find(RouterLink.class, column(ProjectStage.PID_SUBMITTED)).withText(name).exists()).isTrue();
        assertThat(find(RouterLink.class, column(ProjectStage.FEASIBILITY)).withText(name).exists()).isFalse();
    }

    @Test
    void closingNeedsAReasonAndTheDialogSaysSo() {
        signIn("estates");
        EttfProject project = newProject("Close needs reason " + UUID.randomUUID().toString().substring(0, 8));
        navigate("estates/" + project.getId(), ProjectView.class);
        test(find(Button.class).withText("Close project").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("Close project").single()).click();
        assertThat(find(TextArea.class, dialog).single().isInvalid()).isTrue();
        assertThat(service.get(project.getId()).getStage()).isEqualTo(ProjectStage.FEASIBILITY);
    }

    @Test
    void teamSeesNoMoveButtonsButMayEditDetails() {
        signIn("team");
        EttfProject project = newProject("No buttons " + UUID.randomUUID().toString().substring(0, 8));
        navigate("estates/" + project.getId(), ProjectView.class);
        // the actions bar hides itself when it has no moves to offer
        assertThat(find(Button.class).withClassName("workflow-action").all()).isEmpty();
        assertThat(find(Button.class).withText("Move to PID submitted").exists()).isFalse();
        assertThat(find(Button.class).withText("Save details").exists()).isTrue();
    }

    @Test
    void badDetailsShowTheirMessageAtTheFieldAndSaveNothing() {
        signIn("team");
        String name = "Bad details " + UUID.randomUUID().toString().substring(0, 8);
        EttfProject project = newProject(name);
        navigate("estates/" + project.getId(), ProjectView.class);

        TextField nameField = find(TextField.class).withLabel("Name").single();
        nameField.setValue(" ");
        BigDecimalField capital = find(BigDecimalField.class).withLabel("Capital value (£)").single();
        capital.setValue(new BigDecimal("-1"));
        IntegerField feasibility = find(IntegerField.class).withLabel("Feasibility % complete").single();
        feasibility.setValue(101);
        TextArea nextSteps = find(TextArea.class).withLabel("Next steps").single();
        nextSteps.setValue("z".repeat(2001));
        test(find(Button.class).withText("Save details").single()).click();

        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Give the project a name");
        assertThat(capital.isInvalid()).isTrue();
        assertThat(capital.getErrorMessage()).isEqualTo("Capital value cannot be less than £0");
        assertThat(feasibility.getErrorMessage()).isEqualTo("Feasibility complete is a percentage from 0 to 100");
        assertThat(nextSteps.getErrorMessage()).isEqualTo("The next steps is 2,001 characters long; keep it to 2,000 characters");
        assertThat(find(Paragraph.class).withClassName("refusal").withCondition(Paragraph::isVisible).single().getText())
                .isEqualTo("Correct the highlighted fields");

        EttfProject unchanged = service.get(project.getId());
        assertThat(unchanged.getVersion()).as("nothing saved").isEqualTo(project.getVersion());
        assertThat(unchanged.getName()).isEqualTo(name);
        assertThat(unchanged.getCapitalValue()).isEqualByComparingTo("420000");
    }

    @Test
    void gridFiltersComeFromTheAddressAndTheSummaryTotalsWhatIsFiltered() {
        signIn("manager");
        UI.getCurrent().navigate("estates", QueryParameters.fromString("view=grid&show=ON_HOLD"));
        Grid<?> grid = find(Grid.class).single();
        assertThat(grid.isVisible()).isTrue();
        assertThat(find(Div.class).withClassName("estates-board").exists()).as("board hidden in grid view").isFalse();
        assertThat(find(Span.class).withClassName("grid-summary").single().getText()).startsWith(
                service.count(new EttfFilter(null, null, null, null, null, EttfFilter.Activity.ON_HOLD, false)) + " project");
    }

    @Test
    void aStageWithMoreProjectsThanItsColumnShowsEndsWithALinkToAllOfThemInTheGridAndTheBoardReadsThreeStatements() {
        signIn("estates");
        String tag = "Long stage " + UUID.randomUUID().toString().substring(0, 8);
        int projects = PipelineBoard.CARDS_PER_STAGE + 2;
        for (int i = 0; i < projects; i++) {
            newProject(String.format("%s %02d", tag, i));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            UI.getCurrent().navigate("estates", QueryParameters.fromString("q=" + tag.replace(" ", "%20")));
            roundTrip();
            statistics.clear();
            find(TextField.class).withLabel("Name").single().setValue(tag + " ");
            // The totals, the cards' columns of every project selected, the pending milestones of those given a card.
            assertThat(statistics.getPrepareStatementCount()).as("statements to draw the board").isLessThanOrEqualTo(3);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        Div feasibility = column(ProjectStage.FEASIBILITY);
        assertThat(find(Span.class, feasibility).withClassName("stage-count").single().getText()).isEqualTo(String.valueOf(projects));
        assertThat(find(Div.class, feasibility).withClassName("estates-card").all()).hasSize(PipelineBoard.CARDS_PER_STAGE);
        assertThat(find(RouterLink.class, feasibility).withText(String.format("%s %02d", tag, 0)).exists()).as("first by name shown").isTrue();
        assertThat(find(RouterLink.class, feasibility).withText(String.format("%s %02d", tag, projects - 1)).exists()).as("last by name left out").isFalse();
        Anchor rest = find(Anchor.class, feasibility).withClassName("estates-more").single();
        assertThat(rest.getText()).isEqualTo("and 2 more: see all " + projects + " in the grid");
        assertThat(rest.getHref()).startsWith("estates?").contains("view=grid").contains("stage=FEASIBILITY").contains("q=Long");

        String[] address = rest.getHref().split("\\?", 2);
        UI.getCurrent().navigate(address[0], QueryParameters.fromString(address[1]));
        Grid<?> grid = find(Grid.class).single();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getDataCommunicator().getItemCount()).isEqualTo(projects);
    }
}
