package uk.nhs.dorset.primarycare.base.workflow;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Published after every workflow transition, so that dashboards, the audit trail and
 * notifications can follow all workflows without knowing any of them.
 *
 * @param feature     the feature's name as users see it ("Grant bid", "ETTF project"...)
 * @param recordId    the record's id
 * @param recordLabel what a user calls the record ("J81002 — Ferndown extension")
 * @param link        the route of the record's detail view ("grants/12")
 */
public record StatusChanged(String feature, long recordId, String recordLabel, String link,
                            @Nullable String fromStatus, String toStatus, String by, Instant at,
                            @Nullable String comment) {

    /** The record's newest move, as the event that announces it. */
    public static StatusChanged of(WorkflowRecord<?> record) {
        StatusChange last = record.lastChange();
        return new StatusChanged(record.kind(), Objects.requireNonNull(record.getId(), "saved record"), record.label(),
                record.link(), last.getFromStatus(), last.getToStatus(), last.getChangedBy(), last.getChangedAt(),
                last.getComment());
    }
}
