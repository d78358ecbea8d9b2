package uk.nhs.dorset.primarycare.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Instants are kept as UTC date-times, as the entities keep theirs, whatever the server's zone. */
final class Times {

    private Times() {
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static @Nullable Instant read(ResultSet rows, String column) throws SQLException {
        LocalDateTime at = rows.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
