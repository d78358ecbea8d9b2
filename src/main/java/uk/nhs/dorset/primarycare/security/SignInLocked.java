package uk.nhs.dorset.primarycare.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password, because of too many failed ones. */
final class SignInLocked extends AuthenticationException {

    SignInLocked(Duration remaining) {
        super(message(remaining));
    }

    static String message(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return "Too many failed sign-ins; try again in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
