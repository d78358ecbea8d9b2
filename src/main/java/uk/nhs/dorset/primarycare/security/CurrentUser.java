package uk.nhs.dorset.primarycare.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.Role;

/** The signed-in user as an {@link Actor}; services ask it who is acting. */
@Component
public class CurrentUser implements CurrentActor {

    /** The application's own strategy: the one method security reads, also on background threads. */
    private final SecurityContextHolderStrategy security;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Actor actor() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }

    @Override
    public Optional<Actor> find() {
        Authentication auth = security.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        Optional<HubUserDetails> details = HubUserDetails.of(auth);
        if (details.isPresent()) {
            return details.map(HubUserDetails::actor);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(new Actor(auth.getName(), roles, null));
    }

    @Override
    public String displayName() {
        Authentication auth = security.getContext().getAuthentication();
        Optional<HubUserDetails> details = HubUserDetails.of(auth);
        if (details.isPresent()) {
            return details.get().displayName();
        }
        return auth == null ? "" : auth.getName();
    }

    @Override
    public boolean signsInWithPassword() {
        return HubUserDetails.of(security.getContext().getAuthentication()).map(d -> !d.throughProvider()).orElse(true);
    }
}
