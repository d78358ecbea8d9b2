package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.estates.Pipeline;
import uk.nhs.dorset.primarycare.estates.ProjectCard;
import uk.nhs.dorset.primarycare.estates.ProjectStage;

/**
 * The pipeline as a board: a column per stage, a card per project saying its RAG, where it is
 * held and when its next milestone is due, overdue cards marked in words as well as colour.
 * Empty stages shrink to a thin column saying 0, so the whole pipeline fits a desktop screen;
 * where it still does not (a phone), a shadow at the edge says there is more to scroll to.
 */
final class PipelineBoard extends Div {

    /** Cards a column shows: enough to scan a stage; the rest of a country's pipeline is one link away. */
    static final int CARDS_PER_STAGE = 25;

    PipelineBoard() {
        addClassName("estates-board");
        getElement().setAttribute("aria-label", "Pipeline by stage");
    }

    /**
     * Draws the pipeline, a column per stage; with {@code onlyStage} set, empty columns are left
     * out. A column holding more projects than it shows ends with a link to all of them in the grid.
     */
    void show(Pipeline pipeline, @Nullable ProjectStage onlyStage, LocalDate today, Function<ProjectStage, String> gridOfStage) {
        removeAll();
        for (ProjectStage column : ProjectStage.values()) {
            long inColumn = pipeline.count(column);
            if (inColumn == 0 && onlyStage != null) {
                continue;
            }
            Div col = new Div();
            col.addClassName("estates-column");
            col.getElement().setAttribute("data-stage", column.name());
            if (inColumn == 0) {
                col.addClassName("empty");
                col.getElement().setAttribute("title", column.label() + ": no projects");
            }
            H3 header = new H3();
            Span name = new Span(column.label());
            name.addClassName("stage-name");
            Span count = new Span(Formats.number(inColumn));
            count.addClassName("stage-count");
            header.add(name, count);
            col.add(header);
            pipeline.cards(column).forEach(p -> col.add(card(p, today)));
            long more = pipeline.notShown(column);
            if (more > 0) {
                Anchor rest = new Anchor(gridOfStage.apply(column), "and " + Formats.number(more) + " more: see all "
                        + Formats.number(inColumn) + " in the grid");
                rest.addClassName("estates-more");
                col.add(rest);
            }
            add(col);
        }
    }

    private static Div card(ProjectCard p, LocalDate today) {
        Div card = new Div();
        card.addClassName("estates-card");
        RouterLink name = new RouterLink(p.name(), ProjectView.class, new RouteParameters("id", String.valueOf(p.id())));
        name.getStyle().set("font-weight", "600");
        card.add(name, EstatesUi.ragBadge(p.rag()));
        if (p.stage() == ProjectStage.ON_HOLD && p.heldFrom() != null) {
            card.add(new Span("Held at " + p.heldFrom().inSentence()));
        }
        if (p.stage() == ProjectStage.FEASIBILITY && p.feasibilityPercent() != null) {
            card.add(new Span("Feasibility " + p.feasibilityPercent() + "% complete"));
        }
        String next = EstatesUi.milestone(p.next());
        if (!next.isEmpty()) {
            card.add(new Span("Next: " + next));
            if (p.isOverdue(today)) {
                card.addClassName("overdue");
            }
            card.add(EstatesUi.daysSpan(p, today));
        } else if (p.stage().isOpen()) {
            card.add(new Span("No milestone planned"));
        }
        return card;
    }
}
