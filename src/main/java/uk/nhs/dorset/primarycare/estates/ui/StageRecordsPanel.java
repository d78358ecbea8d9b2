package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.DateFields;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.StageRecord;

/**
 * The stages a project went through and is planned to reach, as a table and a timeline, with
 * the planner that sets when a stage is expected.
 */
final class StageRecordsPanel extends VerticalLayout {

    StageRecordsPanel(EttfService service, EttfProject p, boolean mayEdit, Runnable changed) {
        setPadding(false);
        LocalDate today = service.today();
        Grid<StageRecord> grid = new Grid<>(StageRecord.class, false);
        grid.addColumn(r -> r.getStage().label()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.getPlannedDate())).setHeader("Planned").setAutoWidth(true);
        grid.addColumn(r -> r.isPending() ? (r.isOverdue(today) ? "Overdue, not reached" : "Not reached") : Formats.date(r.getActualDate()))
                .setHeader("Actual").setAutoWidth(true);
        grid.addColumn(r -> EstatesUi.orEmpty(r.getDecision())).setHeader("Decision").setAutoWidth(true);
        grid.addColumn(r -> EstatesUi.orEmpty(r.getDecidedBy())).setHeader("Decided by").setAutoWidth(true);
        grid.addColumn(r -> EstatesUi.orEmpty(r.getNotes())).setHeader("Notes").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(p.getStageRecords());
        grid.addClassName("stage-records");
        add(grid, TimelineChart.of(p, today));
        if (!mayEdit || !(p.getStage().isOpen() || p.getStage() == ProjectStage.ON_HOLD)) {
            return;
        }
        Select<ProjectStage> stage = new Select<>();
        stage.setLabel("Plan a stage");
        stage.setItems(ProjectStage.pipeline());
        stage.setItemLabelGenerator(ProjectStage::label);
        DatePicker date = DateFields.picker("Planned date");
        Button plan = new Button("Plan", e -> {
            if (stage.getValue() == null || date.getValue() == null) {
                date.setInvalid(true);
                date.setErrorMessage("Pick a stage and a date");
                return;
            }
            try {
                service.planStage(p.getId(), p.getVersion(), stage.getValue(), date.getValue());
                changed.run();
            } catch (RuntimeException refused) {
                Notifications.error(UserMessages.of(refused));
            }
        });
        HorizontalLayout planner = new HorizontalLayout(stage, date, plan);
        planner.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        planner.getStyle().set("flex-wrap", "wrap");
        add(planner);
    }
}
