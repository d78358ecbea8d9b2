package uk.nhs.dorset.primarycare.work;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as the thread shows it.
 *
 * @param earlier the texts it had before each edit, oldest first (empty when never edited)
 * @param mayEdit the signed-in user wrote it
 * @param mayShare the signed-in user may share this internal comment with the practice
 */
public record Comment(long id, long version, String author, String authorName, String body, boolean shared,
                      @Nullable String sharedBy, Instant createdAt, @Nullable Instant editedAt, List<String> earlier,
                      boolean mayEdit, boolean mayShare) {
}
