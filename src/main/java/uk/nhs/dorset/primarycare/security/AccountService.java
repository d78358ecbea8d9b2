package uk.nhs.dorset.primarycare.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;

/** What every signed-in user may do to their own sign-in: change their password. */
@Service
@PermitAll
public class AccountService {

    static final String WRONG_CURRENT = "Your current password is not right; type it again";
    static final String DIFFERENT = "The two new passwords differ; type the same one twice";
    static final String THROUGH_PROVIDER = "You sign in through your organisation's account, so change your password there";
    static final String SAME = "Choose a new password, not the one you have now";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final SessionStamps stamps;
    private final SecurityContextHolderStrategy security;

    AccountService(AppUserRepository users, PasswordEncoder encoder, CurrentUser currentUser, SessionStamps stamps,
                   ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.stamps = stamps;
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Whether the signed-in user must replace a password an administrator set before doing anything else. */
    public boolean passwordChangeRequired() {
        Authentication auth = security.getContext().getAuthentication();
        return HubUserDetails.of(auth).map(HubUserDetails::passwordChangeRequired).orElse(false);
    }

    /** Whether the signed-in user may do nothing yet: signed in, but given no role. */
    public boolean hasNoRole() {
        return HubUserDetails.of(security.getContext().getAuthentication()).map(u -> u.actor().roles().isEmpty()).orElse(false);
    }

    /** Whether the signed-in user signed in through the provider, which keeps their password. */
    public boolean signedInThroughProvider() {
        return HubUserDetails.of(security.getContext().getAuthentication()).map(HubUserDetails::throughProvider).orElse(false);
    }

    /**
     * Replaces the signed-in user's password. Their other sessions end (whoever knew the old
     * password is signed out); this one goes on under the new stamp.
     */
    @Transactional
    public void changeOwnPassword(String current, String next, String repeated) {
        String username = currentUser.actor().username();
        AppUser user = users.findByUsernameIgnoreCase(username).orElseThrow(() -> new NotFound("User"));
        if (user.signsInThroughProvider()) {
            throw new IllegalArgumentException(THROUGH_PROVIDER);
        }
        if (!encoder.matches(current, user.getPasswordHash())) {
            throw new IllegalArgumentException(WRONG_CURRENT);
        }
        if (!next.equals(repeated)) {
            throw new IllegalArgumentException(DIFFERENT);
        }
        PasswordPolicy.problem(next, user.getUsername()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (encoder.matches(next, user.getPasswordHash())) {
            throw new IllegalArgumentException(SAME);
        }
        user.setPasswordHash(encoder.encode(next));
        user.setPasswordChangeRequired(false);
        user.endSessions();
        stamps.changed(user.getUsername());
        AppUser saved = Workflows.flush(users, user, "account");
        keepThisSession(new HubUserDetails(saved));
    }

    private void keepThisSession(HubUserDetails user) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            vaadin.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
