package uk.nhs.dorset.primarycare.estates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a card on the pipeline board shows of a project, read without the project's records,
 * issues, documents and history: the board of a whole country's pipeline reads a few columns.
 */
public record ProjectCard(long id, String name, ProjectStage stage, Rag rag, @Nullable ProjectStage heldFrom,
                          @Nullable Integer feasibilityPercent, @Nullable StageRecord nextMilestone) {

    public Optional<StageRecord> next() {
        return Optional.ofNullable(nextMilestone);
    }

    public Optional<Long> daysToNextMilestone(LocalDate today) {
        return next().map(r -> ChronoUnit.DAYS.between(today, r.getPlannedDate()));
    }

    public boolean isOverdue(LocalDate today) {
        return next().map(r -> r.isOverdue(today)).orElse(false);
    }

    ProjectCard withNextMilestone(@Nullable StageRecord next) {
        return new ProjectCard(id, name, stage, rag, heldFrom, feasibilityPercent, next);
    }
}
