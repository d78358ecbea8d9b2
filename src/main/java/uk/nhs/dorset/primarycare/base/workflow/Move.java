package uk.nhs.dorset.primarycare.base.workflow;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.validation.Lengths;

/**
 * What every workflow move carries: who makes it, when, the comment for the history, and the
 * values a few moves need besides (an approved amount, a payment date), keyed by the
 * {@link MoveField} the status table declares for that move.
 */
public record Move(Actor by, Instant at, @Nullable String comment, Map<MoveField<?>, Object> inputs) {

    /**
     * Asks for the move to tell nobody (a correction, a move agreed by phone): only the
     * commissioner's staff may, and only saying why, which the history keeps.
     */
    public static final MoveField<Boolean> WITHOUT_NOTIFYING = new MoveField<>("Move without notifying anyone", Boolean.class);

    public Move {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        Lengths.atMost("A comment", comment, StatusChange.COMMENT_MAX);
        inputs = Map.copyOf(inputs);
    }

    public Move(Actor by, Instant at, @Nullable String comment) {
        this(by, at, comment, Map.of());
    }

    /** The same move with one more input value; a null value is left out. */
    public <T> Move with(MoveField<T> field, @Nullable T value) {
        return new MoveRequest(comment, inputs).with(field, value).by(by, at);
    }

    public <T> @Nullable T input(MoveField<T> field) {
        return field.type().cast(inputs.get(field));
    }

    /** True when the move is to tell nobody. */
    public boolean withoutNotifying() {
        return Boolean.TRUE.equals(input(WITHOUT_NOTIFYING));
    }

    /** The comment, refusing the move with {@code whenMissing} when there is none. */
    public String reason(String whenMissing) {
        TransitionNotAllowed.require(comment != null, whenMissing);
        return comment;
    }
}
