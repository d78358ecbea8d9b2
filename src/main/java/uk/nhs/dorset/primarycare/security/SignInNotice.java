package uk.nhs.dorset.primarycare.security;

import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;

/** What the sign-in page tells the user beyond "wrong password": a lockout, an outage, or why they were signed out. */
public final class SignInNotice {

    /** The session attribute holding why a session was ended, for the sign-in page that follows. */
    static final String SIGNED_OUT_BECAUSE = "hub.signedOutBecause";

    /** What sign-in says while the database cannot be reached, instead of "wrong password". */
    public static final String SERVICE_UNAVAILABLE = "The service is unavailable, so nobody can sign in just now; try again shortly.";

    private SignInNotice() {
    }

    /**
     * The notice for this visit of the sign-in page, shown once.
     *
     * @param afterRefusal the page was reached from a refused sign-in ({@code /login?error})
     */
    public static Optional<String> take(WrappedSession session, boolean afterRefusal, SsoSettings sso) {
        if (afterRefusal && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof OAuth2AuthenticationException refused) {
            return Optional.of(providerRefusal(refused, sso));
        }
        if (afterRefusal && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLocked locked) {
            return Optional.ofNullable(locked.getMessage());
        }
        if (afterRefusal && serviceUnavailable(session)) {
            return Optional.of(SERVICE_UNAVAILABLE);
        }
        if (session.getAttribute(SIGNED_OUT_BECAUSE) instanceof String reason) {
            session.removeAttribute(SIGNED_OUT_BECAUSE);
            return Optional.of(reason);
        }
        return Optional.empty();
    }

    /** Whether the refusal that led here was not a wrong password: a lockout, no database to ask, or the provider's sign-in. */
    public static boolean notAWrongPassword(WrappedSession session) {
        Object refusal = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refusal instanceof SignInLocked || refusal instanceof OAuth2AuthenticationException || serviceUnavailable(session);
    }

    /**
     * Why a sign-in through the provider was refused: the hub's own reason (a disabled account)
     * as it is; anything else (a token not meant for the hub, the provider's own refusal) in words
     * that say what to do, the technical reason being in the log.
     */
    static String providerRefusal(OAuth2AuthenticationException refused, SsoSettings sso) {
        String reason = refused.getError().getDescription();
        if (ProviderAccounts.REFUSED.equals(refused.getError().getErrorCode()) && reason != null) {
            return reason;
        }
        return "Signing in with " + sso.providerName() + " did not succeed. Try again; if it keeps failing, ask "
                + sso.accessContact() + ".";
    }

    /** The user's account could not be read: the database did not answer, so no password was checked. */
    private static boolean serviceUnavailable(WrappedSession session) {
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationServiceException refused
                && UserMessages.isServiceUnavailable(refused);
    }
}
