package uk.nhs.dorset.primarycare.base.workflow;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;

/**
 * What the user asked a move to carry: the comment and any values its confirm dialog took.
 * Every feature's service moves a record from one of these, adding who and when.
 */
public record MoveRequest(@Nullable String comment, Map<MoveField<?>, Object> inputs) {

    public MoveRequest {
        inputs = Map.copyOf(inputs);
    }

    public static MoveRequest of(@Nullable String comment) {
        return new MoveRequest(comment, Map.of());
    }

    public static MoveRequest none() {
        return of(null);
    }

    /** The same request with one more value; a null value is left out. */
    public <T> MoveRequest with(MoveField<T> field, @Nullable T value) {
        if (value == null) {
            return this;
        }
        Map<MoveField<?>, Object> more = new HashMap<>(inputs);
        more.put(field, value);
        return new MoveRequest(comment, more);
    }

    public Move by(Actor actor, Instant at) {
        return new Move(actor, at, comment, inputs);
    }
}
