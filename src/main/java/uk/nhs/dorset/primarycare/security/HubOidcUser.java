package uk.nhs.dorset.primarycare.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a sign-in through the provider: the provider's ID token (which signing out
 * hands back to the provider to end its session too) and the hub's own user with its roles.
 */
final class HubOidcUser extends DefaultOidcUser {

    private final HubUserDetails details;

    HubOidcUser(OidcUser person, HubUserDetails details) {
        super(details.getAuthorities(), person.getIdToken(), person.getUserInfo());
        this.details = details;
    }

    HubUserDetails details() {
        return details;
    }

    /** The hub's username, which the audit trail and the session checks know the user by. */
    @Override
    public String getName() {
        return details.getUsername();
    }
}
