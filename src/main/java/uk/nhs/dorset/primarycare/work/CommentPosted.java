package uk.nhs.dorset.primarycare.work;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A comment written, or an internal one shared, published in its own transaction.
 *
 * @param mentioned       the users it mentions who may read it (never the author)
 * @param sharedWithPractice the practice it is shared with, when it was shared just now
 * @param owner           the record's owner, told when the practice itself wrote the comment
 */
public record CommentPosted(String kind, String label, String link, String author, String text, Set<String> mentioned,
                            @Nullable String sharedWithPractice, @Nullable String owner, Instant at) {
}
