package uk.nhs.dorset.primarycare.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * An approved bid whose works or evidence are not complete, on a day its practice is to be
 * reminded of the programme's spend deadline: 30, 14 and 7 working days before it.
 *
 * @param workingDaysLeft which of those reminders this is
 * @param worksFinished   whether the works have an actual completion date: then only the evidence is missing
 * @param owner           the user who has taken the bid on, who alone of the staff is reminded
 */
public record SpendDeadlineDue(String label, String link, String practiceOdsCode, LocalDate deadline,
                               int workingDaysLeft, boolean worksFinished, @Nullable String owner) {

    /** Working days before the spend deadline on which the people concerned are reminded. */
    public static final List<Integer> WORKING_DAYS_BEFORE = List.of(30, 14, 7);

    static Optional<SpendDeadlineDue> of(GrantBid bid, LocalDate today, WorkingDays days) {
        // Both statuses are before the evidence is accepted, so the evidence is incomplete by definition.
        if (bid.getStatus() != BidStatus.APPROVED && bid.getStatus() != BidStatus.WORKS_IN_PROGRESS) {
            return Optional.empty();
        }
        LocalDate deadline = bid.getProgramme().getSpendDeadline();
        for (int n : WORKING_DAYS_BEFORE) {
            if (days.before(deadline, n).equals(today)) {
                return Optional.of(new SpendDeadlineDue(bid.kind() + " " + bid.label(), bid.link(), bid.practiceOdsCode(),
                        deadline, n, bid.getActualCompletion() != null, bid.getOwner()));
            }
        }
        return Optional.empty();
    }
}
