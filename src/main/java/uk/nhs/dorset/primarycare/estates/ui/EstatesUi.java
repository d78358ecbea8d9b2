package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge.Tone;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.ProjectCard;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.estates.StageRecord;

/** The few ways the estates screens show a project that both the board and the detail view need. */
final class EstatesUi {

    private EstatesUi() {
    }

    static StatusBadge stageBadge(EttfProject project) {
        return stageBadge(StageShown.of(project));
    }

    /** What a stage badge depends on: the grid's column makes one badge for each. */
    record StageShown(ProjectStage stage, String label) implements Serializable {
        static StageShown of(EttfProject project) {
            return new StageShown(project.getStage(), project.stageLabel());
        }
    }

    static StatusBadge stageBadge(StageShown shown) {
        return new StatusBadge(shown.label(), switch (shown.stage()) {
            case CLOSED -> Tone.NEUTRAL;
            case ON_HOLD -> Tone.WARNING;
            case APPROVED, CONSTRUCTION, COMPLETE -> Tone.SUCCESS;
            default -> Tone.INFO;
        });
    }

    static StatusBadge ragBadge(Rag rag) {
        return new StatusBadge("RAG: " + rag.label(), switch (rag) {
            case RED -> Tone.ERROR;
            case AMBER -> Tone.WARNING;
            case GREEN -> Tone.SUCCESS;
        });
    }

    /** "FBC submitted 31/12/2018" or blank when nothing is planned. */
    static String nextMilestone(EttfProject project) {
        return milestone(project.nextMilestone());
    }

    static String milestone(Optional<StageRecord> next) {
        return next.map(r -> r.getStage().label() + " " + Formats.date(r.getPlannedDate())).orElse("");
    }

    /** "in 12 days", "today" or "Overdue by 5 days": the text carries the warning, not only the colour. */
    static String daysTo(EttfProject project, LocalDate today) {
        return project.daysToNextMilestone(today).map(EstatesUi::days).orElse("");
    }

    static String days(long days) {
        if (days == 0) {
            return "due today";
        }
        if (days > 0) {
            return "in " + days + (days == 1 ? " day" : " days");
        }
        return "Overdue by " + -days + (days == -1 ? " day" : " days");
    }

    /** The days to the next milestone, marked when it is overdue. */
    static Span daysSpan(ProjectCard p, LocalDate today) {
        Span span = new Span(p.daysToNextMilestone(today).map(EstatesUi::days).orElse(""));
        if (p.isOverdue(today)) {
            span.addClassName("overdue");
        }
        return span;
    }

    static String stageLabel(String name) {
        try {
            return ProjectStage.valueOf(name).label();
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    static String recordDate(StageRecord r) {
        return Formats.date(r.getActualDate());
    }

    static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
