package uk.nhs.dorset.primarycare.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The password check, behind the {@link SignInThrottle}: a locked-out sign-in is refused before the password is read. */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<java.time.Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new SignInLocked(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return signedIn;
        } catch (AuthenticationException refused) {
            Optional<java.time.Duration> nowLocked = throttle.failed(username, address);
            if (nowLocked.isPresent()) {
                throw new SignInLocked(nowLocked.get());
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
