package uk.nhs.dorset.primarycare.base;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Start-up has no signed-in user, yet demo data and background work go through the same
 * role-checked services as users do. This runs such work as a user, then restores whatever
 * security context there was: a named system user holding one role, or one of the
 * application's own users exactly as the sign-in form would sign them in.
 */
@Component
public class StartUpUser {

    private final SecurityContextHolderStrategy security;
    private final ObjectProvider<UserDetailsService> users;

    StartUpUser(ObjectProvider<SecurityContextHolderStrategy> strategy, ObjectProvider<UserDetailsService> users) {
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.users = users;
    }

    public void runAs(Role role, Runnable work) {
        runAs(UsernamePasswordAuthenticationToken.authenticated("demo-data", null,
                List.of(new SimpleGrantedAuthority(role.authority()))), () -> {
                    work.run();
                    return null;
                });
    }

    /** Runs work signed in as the application's user of that name, with their roles and practice. */
    public <T> T runAs(String username, Supplier<T> work) {
        UserDetails user = users.getObject().loadUserByUsername(username);
        return runAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private <T> T runAs(Authentication who, Supplier<T> work) {
        SecurityContext previous = security.getContext();
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(who);
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}
