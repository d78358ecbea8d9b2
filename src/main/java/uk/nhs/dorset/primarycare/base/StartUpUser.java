package uk.nhs.dorset.primarycare.base;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Start-up has no signed-in user, yet demo data goes through the same role-checked services as
 * users do. This runs such work as a named system user holding one role, then restores whatever
 * security context there was.
 */
@Component
public class StartUpUser {

    private final SecurityContextHolderStrategy security;

    StartUpUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void runAs(Role role, Runnable work) {
        SecurityContext previous = security.getContext();
        SecurityContext system = security.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data", null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        security.setContext(system);
        try {
            work.run();
        } finally {
            security.setContext(previous);
        }
    }
}
