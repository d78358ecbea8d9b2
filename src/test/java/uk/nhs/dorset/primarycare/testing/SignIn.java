package uk.nhs.dorset.primarycare.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a demo user in on the current thread, exactly as the sign-in form would (the real
 * principal with its roles and, for a practice manager, their practice).
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SecurityStrategies.ALL.forEach(strategy -> strategy.setContext(context));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
        SecurityStrategies.ALL.forEach(SecurityContextHolderStrategy::clearContext);
    }
}
