package uk.nhs.dorset.primarycare.base.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit trail is filtered by: who, from and to which day (inclusive, UK time), the
 * feature (part of its name) and the record (its id). Null means "any".
 */
public record AuditFilter(@Nullable String user, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable String feature, @Nullable Long recordId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
