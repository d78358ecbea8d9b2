package uk.nhs.dorset.primarycare.base.workflow;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * Published after every workflow transition, so that dashboards, the audit trail and
 * notifications can follow all workflows without knowing any of them.
 *
 * @param feature     the feature's name as users see it ("Grant bid", "ETTF project"...)
 * @param recordId    the record's id
 * @param recordLabel what a user calls the record ("J81002 — Ferndown extension")
 * @param link        the route of the record's detail view ("grants/12")
 * @param toInSentence the new status as a sentence reads it ("approved", "PID submitted")
 * @param nextMovers  the roles that may make a move from the new status: whom the record now waits for
 * @param practiceOdsCode the practice whose own record this is, if it is one practice's
 * @param practiceConcerned the new status is news the practice itself should hear (its bid approved)
 * @param notified false when the mover asked for nobody to be told
 */
public record StatusChanged(String feature, long recordId, String recordLabel, String link,
                            @Nullable String fromStatus, String toStatus, String by, Instant at,
                            @Nullable String comment, String toInSentence, Set<Role> nextMovers, @Nullable String practiceOdsCode,
                            boolean practiceConcerned, boolean notified) {

    public StatusChanged(String feature, long recordId, String recordLabel, String link, @Nullable String fromStatus,
                         String toStatus, String by, Instant at, @Nullable String comment, String toInSentence,
                         Set<Role> nextMovers, @Nullable String practiceOdsCode, boolean practiceConcerned) {
        this(feature, recordId, recordLabel, link, fromStatus, toStatus, by, at, comment, toInSentence, nextMovers,
                practiceOdsCode, practiceConcerned, true);
    }

    public StatusChanged {
        nextMovers = nextMovers.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(nextMovers);
    }

    /** A move of a record that waits for nobody in particular and belongs to no practice. */
    public StatusChanged(String feature, long recordId, String recordLabel, String link, @Nullable String fromStatus,
                         String toStatus, String by, Instant at, @Nullable String comment) {
        this(feature, recordId, recordLabel, link, fromStatus, toStatus, by, at, comment, toStatus, Set.of(), null, false);
    }

    /** The record's newest move, as the event that announces it. */
    public static <S extends Enum<S> & WorkflowStatus<S>> StatusChanged of(WorkflowRecord<S> record) {
        StatusChange last = record.lastChange();
        S status = record.getStatus();
        Set<Role> nextMovers = EnumSet.noneOf(Role.class);
        for (S target : status.next()) {
            nextMovers.addAll(status.whoMay(target));
        }
        return new StatusChanged(record.kind(), Objects.requireNonNull(record.getId(), "saved record"), record.label(),
                record.link(), last.getFromStatus(), last.getToStatus(), last.getChangedBy(), last.getChangedAt(),
                last.getComment(), status.inSentence(), nextMovers, record.practiceOdsCode(), status.tellsPractice(),
                last.isNotified());
    }
}
