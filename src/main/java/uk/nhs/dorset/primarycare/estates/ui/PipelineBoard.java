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
 */
final class PipelineBoard extends Div {

    PipelineBoard() {
        addClassName("estates-board");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("overflow-x", "auto")
                .set("width", "100%").set("align-items", "flex-start").set("padding-bottom", "var(--lumo-space-m)");
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
            col.getStyle().set("flex", "0 0 14rem").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
            H3 header = new H3(column.label() + " (" + inColumn.size() + ")");
            header.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0 0 var(--lumo-space-s) 0");
            col.add(header);
            inColumn.forEach(p -> col.add(card(p, today)));
            add(col);
        }
    }

    private static Div card(EttfProject p, LocalDate today) {
        Div card = new Div();
        card.addClassName("estates-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)").set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
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
                card.getStyle().set("border-left", "4px solid var(--lumo-error-color)");
            }
            card.add(days);
        } else if (p.getStage().isOpen()) {
            card.add(new Span("No milestone planned"));
        }
        return card;
    }
}
