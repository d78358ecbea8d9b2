package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.ProjectStage;

/**
 * The pipeline as a board: a column per stage, a card per project saying its RAG, where it is
 * held and when its next milestone is due, overdue cards marked in words as well as colour.
 * Empty stages shrink to a thin column saying 0, so the whole pipeline fits a desktop screen;
 * where it still does not (a phone), a shadow at the edge says there is more to scroll to.
 */
final class PipelineBoard extends Div {

    PipelineBoard() {
        addClassName("estates-board");
        getElement().setAttribute("aria-label", "Pipeline by stage");
    }

    /** Draws the projects, a column per stage; with {@code onlyStage} set, empty columns are left out. */
    void show(List<EttfProject> projects, @Nullable ProjectStage onlyStage, LocalDate today) {
        removeAll();
        Map<ProjectStage, List<EttfProject>> byStage = projects.stream().collect(Collectors.groupingBy(EttfProject::getStage));
        for (ProjectStage column : ProjectStage.values()) {
            List<EttfProject> inColumn = byStage.getOrDefault(column, List.of());
            if (inColumn.isEmpty() && onlyStage != null) {
                continue;
            }
            Div col = new Div();
            col.addClassName("estates-column");
            col.getElement().setAttribute("data-stage", column.name());
            if (inColumn.isEmpty()) {
                col.addClassName("empty");
                col.getElement().setAttribute("title", column.label() + ": no projects");
            }
            H3 header = new H3();
            Span name = new Span(column.label());
            name.addClassName("stage-name");
            Span count = new Span(String.valueOf(inColumn.size()));
            count.addClassName("stage-count");
            header.add(name, count);
            col.add(header);
            inColumn.forEach(p -> col.add(card(p, today)));
            add(col);
        }
    }

    private static Div card(EttfProject p, LocalDate today) {
        Div card = new Div();
        card.addClassName("estates-card");
        RouterLink name = new RouterLink(p.getName(), ProjectView.class, new RouteParameters("id", String.valueOf(p.getId())));
        name.getStyle().set("font-weight", "600");
        card.add(name, EstatesUi.ragBadge(p.getRag()));
        if (p.getStage() == ProjectStage.ON_HOLD && p.getHeldFrom() != null) {
            card.add(new Span("Held at " + p.getHeldFrom().inSentence()));
        }
        if (p.getStage() == ProjectStage.FEASIBILITY && p.getFeasibilityPercent() != null) {
            card.add(new Span("Feasibility " + p.getFeasibilityPercent() + "% complete"));
        }
        String next = EstatesUi.nextMilestone(p);
        if (!next.isEmpty()) {
            card.add(new Span("Next: " + next));
            Span days = EstatesUi.daysSpan(p, today);
            if (p.isOverdue(today)) {
                card.addClassName("overdue");
            }
            card.add(days);
        } else if (p.getStage().isOpen()) {
            card.add(new Span("No milestone planned"));
        }
        return card;
    }
}
