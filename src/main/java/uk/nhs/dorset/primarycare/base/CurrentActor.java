package uk.nhs.dorset.primarycare.base;

import java.util.Optional;

/**
 * Who is signed in, as the shared kernel and the practice reference data see it. The security
 * feature implements it; depending on this interface keeps the kernel (and practices, which
 * the user administration screens need) free of a cycle with the security feature.
 */
public interface CurrentActor {

    Optional<Actor> find();

    /** The signed-in actor; fails when nobody is signed in. */
    Actor actor();

    /** The name to greet the user by. */
    String displayName();

    /** Whether the user signed in with a password the hub keeps (not through the organisation's provider). */
    default boolean signsInWithPassword() {
        return true;
    }
}
