package uk.nhs.dorset.primarycare.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a signed-in session must end: the user was disabled or removed, an administrator changed
 * their roles or password (their session stamp moved on), or nothing was done for the idle time.
 */
final class SessionRules {

    static final String DISABLED = "Your account has been disabled; ask an administrator if you need it again";
    static final String CHANGED = "An administrator changed your account; sign in again to go on";

    private SessionRules() {
    }

    /**
     * @param signedInStamp the user's stamp when the session signed in
     * @param standing      the user's standing now, empty when the user no longer exists
     * @param lastActivity  the session's last request other than a heartbeat, null before its first
     * @return why the session ends, or empty while it may go on
     */
    static Optional<String> ending(long signedInStamp, Optional<UserStanding> standing, @Nullable Instant lastActivity,
                                   Instant now, Duration idleTimeout) {
        if (standing.isEmpty() || !standing.get().enabled()) {
            return Optional.of(DISABLED);
        }
        // Stamps only grow: an older stamp than the session's is a read from before the user's own change.
        if (standing.get().sessionStamp() > signedInStamp) {
            return Optional.of(CHANGED);
        }
        if (lastActivity != null && Duration.between(lastActivity, now).compareTo(idleTimeout) > 0) {
            return Optional.of(idle(idleTimeout));
        }
        return Optional.empty();
    }

    static String idle(Duration idleTimeout) {
        long minutes = Math.max(1, idleTimeout.toMinutes());
        return "You were signed out after " + minutes + (minutes == 1 ? " minute" : " minutes")
                + " without activity; sign in again to go on";
    }
}
