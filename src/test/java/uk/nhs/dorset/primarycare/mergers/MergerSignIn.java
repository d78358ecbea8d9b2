package uk.nhs.dorset.primarycare.mergers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * Signs in for service calls from a test thread. When a second application context (the
 * browser tests') has started in the same JVM, the static security context holder belongs to
 * that context; method security here reads this context's own strategy, so both are set.
 */
public final class MergerSignIn {

    private MergerSignIn() {
    }

    public static void as(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy, String username) {
        SignIn.as(users, username);
        SecurityContextHolderStrategy own = strategy.getIfAvailable();
        if (own != null) {
            own.setContext(SecurityContextHolder.getContext());
        }
    }

    public static void out(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        SignIn.out();
        SecurityContextHolderStrategy own = strategy.getIfAvailable();
        if (own != null) {
            own.clearContext();
        }
    }
}
