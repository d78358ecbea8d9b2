package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectIssue;

/** A project's issues and blockers, newest first, with logging, closing and reopening for those who edit. */
final class IssuesEditor extends VerticalLayout {

    IssuesEditor(EttfService service, EttfProject p, boolean mayEdit, Runnable changed) {
        setPadding(false);
        Grid<ProjectIssue> grid = new Grid<>(ProjectIssue.class, false);
        grid.addColumn(i -> Formats.date(i.getRaisedOn())).setHeader("Raised").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectIssue::getDescription).setHeader("Issue or blocker").setFlexGrow(1);
        grid.addColumn(i -> EstatesUi.orEmpty(i.getOwner())).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(i -> i.isOpen() ? "Open" : "Closed " + Formats.date(i.getClosedOn())).setHeader("Status").setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(i -> new Button(i.isOpen() ? "Close" : "Reopen", e -> {
                try {
                    service.setIssueOpen(p.getId(), p.getVersion(), i.getId(), !i.isOpen());
                    changed.run();
                } catch (RuntimeException refused) {
                    Notifications.error(UserMessages.of(refused));
                }
            })).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(p.getIssues().reversed());
        add(grid);
        if (!mayEdit) {
            return;
        }
        TextField description = new TextField("New issue or blocker");
        description.setMaxLength(2000);
        description.setWidth("min(40rem, 100%)");
        TextField owner = new TextField("Owner");
        owner.setMaxLength(100);
        Button log = new Button("Log issue", e -> {
            if (description.getValue().isBlank()) {
                description.setInvalid(true);
                description.setErrorMessage("Describe the issue or blocker");
                return;
            }
            try {
                service.logIssue(p.getId(), p.getVersion(), description.getValue(), owner.getValue());
                changed.run();
            } catch (RuntimeException refused) {
                description.setInvalid(true);
                description.setErrorMessage(UserMessages.of(refused));
            }
        });
        HorizontalLayout add = new HorizontalLayout(description, owner, log);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.getStyle().set("flex-wrap", "wrap");
        add(add);
    }
}
