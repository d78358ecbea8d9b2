package uk.nhs.dorset.primarycare.grants;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.Labelled;

/**
 * Where an approved bid stands against its programme's spend deadline: at risk when its works
 * or evidence are not complete 30 days before the deadline, slipped once the deadline passed.
 */
public enum DeadlineState implements Labelled {
    NONE(""),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    SLIPPED("Slipped");

    /** Days before the spend deadline from which unfinished work is at risk. */
    public static final int AT_RISK_DAYS = 30;

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    /** Where a bid in {@code status} stands on {@code today} against its programme's {@code deadline}. */
    public static DeadlineState of(BidStatus status, LocalDate deadline, LocalDate today) {
        if (status == BidStatus.EVIDENCE_SUBMITTED) {
            return ON_TRACK;
        }
        if (status != BidStatus.APPROVED && status != BidStatus.WORKS_IN_PROGRESS) {
            return NONE;
        }
        if (today.isAfter(deadline)) {
            return SLIPPED;
        }
        if (!today.isBefore(deadline.minusDays(AT_RISK_DAYS))) {
            return AT_RISK;
        }
        return ON_TRACK;
    }

    /** Days from {@code today} to the deadline, while a bid in {@code status} still has money to spend. */
    public static Optional<Long> daysLeft(BidStatus status, LocalDate deadline, LocalDate today) {
        return status.isOpenApproved() ? Optional.of(ChronoUnit.DAYS.between(today, deadline)) : Optional.empty();
    }

    @Override
    public String label() {
        return label;
    }
}
