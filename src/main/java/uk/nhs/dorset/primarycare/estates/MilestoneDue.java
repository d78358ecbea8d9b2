package uk.nhs.dorset.primarycare.estates;

import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * A moving project's next milestone (its earliest planned stage not yet reached), on the day
 * estates are to hear of it: 14 working days before its planned date, and on the first working
 * day it is overdue.
 */
public record MilestoneDue(String label, String link, String stage, LocalDate plannedDate, boolean overdue,
                           @Nullable String owner) {

    /** Working days before a milestone on which estates are reminded of it. */
    public static final int WORKING_DAYS_AHEAD = 14;

    static Optional<MilestoneDue> of(EttfProject project, LocalDate today, WorkingDays days) {
        return project.nextMilestone().flatMap(next -> {
            LocalDate planned = next.getPlannedDate();
            if (planned == null) {
                return Optional.empty();
            }
            boolean ahead = days.before(planned, WORKING_DAYS_AHEAD).equals(today);
            boolean overdue = days.after(planned, 1).equals(today);
            if (!ahead && !overdue) {
                return Optional.empty();
            }
            return Optional.of(new MilestoneDue(project.kind() + " " + project.label(), project.link(),
                    next.getStage().label(), planned, overdue, project.getOwner()));
        });
    }
}
