package uk.nhs.dorset.primarycare.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.nhs.dorset.primarycare.base.Actor;

/** The signed-in principal: Spring Security's view of an {@link AppUser}, carrying its actor. */
public final class HubUserDetails implements UserDetails {

    private final Actor actor;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final long sessionStamp;
    private final boolean passwordChangeRequired;
    private final boolean throughProvider;

    HubUserDetails(AppUser user) {
        this.actor = user.toActor();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.sessionStamp = user.getSessionStamp();
        this.passwordChangeRequired = user.isPasswordChangeRequired();
        this.throughProvider = user.signsInThroughProvider();
    }

    /** The hub's user behind a sign-in, by password or through the provider; empty for anyone else. */
    public static Optional<HubUserDetails> of(@Nullable Authentication auth) {
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof HubUserDetails details) {
            return Optional.of(details);
        }
        if (auth.getPrincipal() instanceof HubOidcUser person) {
            return Optional.of(person.details());
        }
        return Optional.empty();
    }

    /** Signed in through the provider: the password, if any, is the provider's business. */
    public boolean throughProvider() {
        return throughProvider;
    }

    /** The user's session stamp when they signed in; the session lasts while it is still the user's. */
    public long sessionStamp() {
        return sessionStamp;
    }

    /** Signed in with a password an administrator set: nothing else opens until they choose their own. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).toList();
    }
}
