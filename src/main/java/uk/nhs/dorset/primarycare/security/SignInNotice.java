package uk.nhs.dorset.primarycare.security;

import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.springframework.security.web.WebAttributes;

/** What the sign-in page tells the user beyond "wrong password": a lockout, or why they were signed out. */
public final class SignInNotice {

    /** The session attribute holding why a session was ended, for the sign-in page that follows. */
    static final String SIGNED_OUT_BECAUSE = "hub.signedOutBecause";

    private SignInNotice() {
    }

    /**
     * The notice for this visit of the sign-in page, shown once.
     *
     * @param afterRefusal the page was reached from a refused sign-in ({@code /login?error})
     */
    public static Optional<String> take(WrappedSession session, boolean afterRefusal) {
        if (afterRefusal && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLocked locked) {
            return Optional.ofNullable(locked.getMessage());
        }
        if (session.getAttribute(SIGNED_OUT_BECAUSE) instanceof String reason) {
            session.removeAttribute(SIGNED_OUT_BECAUSE);
            return Optional.of(reason);
        }
        return Optional.empty();
    }

    /** Whether the refusal that led here was a lockout rather than a wrong password. */
    public static boolean locked(WrappedSession session) {
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLocked;
    }
}
