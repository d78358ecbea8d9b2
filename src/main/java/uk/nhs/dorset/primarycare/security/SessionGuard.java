package uk.nhs.dorset.primarycare.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in session against the user's standing in the database and
 * the idle time, and ends the session when {@link SessionRules} says so. The request then goes
 * on signed out: a page is sent to sign in, and Vaadin answers its own requests with "session
 * expired", on which the browser reloads into the sign-in page. The reason waits in the new
 * session for the sign-in page to show.
 */
final class SessionGuard extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = "hub.lastActivity";
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final SecurityContextHolderStrategy security;
    private final SessionStamps stamps;
    private final Clock clock;
    private final Duration idleTimeout;

    SessionGuard(SecurityContextHolderStrategy security, SessionStamps stamps, Clock clock, Duration idleTimeout) {
        this.security = security;
        this.stamps = stamps;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = security.getContext().getAuthentication();
        HubUserDetails user = HubUserDetails.of(auth).orElse(null);
        if (session != null && user != null) {
            Instant now = clock.instant();
            Optional<String> ending = SessionRules.ending(user.sessionStamp(), stamps.standing(user.getUsername()),
                    session.getAttribute(LAST_ACTIVITY) instanceof Instant last ? last : null, now, idleTimeout);
            if (ending.isPresent()) {
                log.info("Ended a session of {}: {}", user.getUsername(), ending.get());
                session.invalidate();
                security.clearContext();
                request.getSession(true).setAttribute(SignInNotice.SIGNED_OUT_BECAUSE, ending.get());
            } else if (!isHeartbeat(request)) {
                // A heartbeat only says a tab is open; it must not keep an unattended session alive.
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
