package uk.nhs.dorset.primarycare.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the person as Spring Security does (the ID token already checked for its issuer,
 * audience, expiry and nonce; the user-info claims added), then the hub's user behind them.
 */
final class HubOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final ProviderAccounts accounts;

    HubOidcUserService(ProviderAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = standard.loadUser(request);
        return new HubOidcUser(person, new HubUserDetails(accounts.signedIn(person)));
    }
}
