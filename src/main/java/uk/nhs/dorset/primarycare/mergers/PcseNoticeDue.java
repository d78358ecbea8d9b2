package uk.nhs.dorset.primarycare.mergers;

import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * An open merger case whose PCSE notice is not yet recorded, 14 working days before the last day
 * Primary Care Support England can be told: six weeks (calendar weeks, PCSE's own rule) before
 * the proposed merger date.
 */
public record PcseNoticeDue(String label, String link, LocalDate mergerDate, LocalDate noticeBy, @Nullable String owner) {

    /** Working days before the PCSE notice date on which the case team is reminded. */
    public static final int WORKING_DAYS_AHEAD = 14;

    static Optional<PcseNoticeDue> of(MergerCase c, LocalDate today, WorkingDays days) {
        LocalDate mergerDate = c.getProposedMergerDate();
        if (c.getStatus().isTerminal() || c.getPcseNotifiedOn() != null || mergerDate == null) {
            return Optional.empty();
        }
        LocalDate noticeBy = mergerDate.minusDays(MergerCase.PCSE_NOTICE_DAYS);
        if (!days.before(noticeBy, WORKING_DAYS_AHEAD).equals(today)) {
            return Optional.empty();
        }
        return Optional.of(new PcseNoticeDue(c.kind() + " " + c.label(), c.link(), mergerDate, noticeBy, c.getOwner()));
    }
}
