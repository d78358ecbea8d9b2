package uk.nhs.dorset.primarycare.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people sign in: through the organisation's OpenID Connect provider when an issuer is set,
 * with local passwords unless they are switched off. Read once at start-up.
 */
@Component
public class SsoSettings {

    /** The registration's id, which names the addresses Spring Security serves for it. */
    static final String REGISTRATION = "hub";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final String providerName;
    private final String groupsClaim;
    private final String odsCodeClaim;
    private final String usernameClaim;
    private final String accessContact;
    private final boolean localSignIn;

    public SsoSettings(@Value("${hub.sso.issuer:}") String issuer,
                @Value("${hub.sso.client-id:}") String clientId,
                @Value("${hub.sso.client-secret:}") String clientSecret,
                @Value("${hub.sso.scopes:openid,profile,email}") String scopes,
                @Value("${hub.sso.provider-name:your organisation}") String providerName,
                @Value("${hub.sso.groups-claim:groups}") String groupsClaim,
                @Value("${hub.sso.ods-code-claim:}") String odsCodeClaim,
                @Value("${hub.sso.username-claim:preferred_username}") String usernameClaim,
                @Value("${hub.sso.access-contact:your organisation's system administrator}") String accessContact,
                @Value("${hub.local-sign-in:true}") boolean localSignIn) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.scopes = Arrays.stream(scopes.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        this.providerName = providerName.strip();
        this.groupsClaim = groupsClaim.strip();
        this.odsCodeClaim = odsCodeClaim.strip();
        this.usernameClaim = usernameClaim.strip();
        this.accessContact = accessContact.strip();
        this.localSignIn = localSignIn;
        if (!enabled() && !localSignIn) {
            throw new IllegalStateException("Local sign-in is switched off (HUB_LOCAL_SIGN_IN=false) but no provider is set"
                    + " (HUB_OIDC_ISSUER), so nobody could sign in: set one of them");
        }
        if (enabled() && this.clientId.isEmpty()) {
            throw new IllegalStateException("Set HUB_OIDC_CLIENT_ID: the provider at " + this.issuer + " needs the application's client id");
        }
    }

    /** Whether single sign-on is on: an issuer is set. */
    public boolean enabled() {
        return !issuer.isEmpty();
    }

    /** Whether local accounts may sign in with a password. */
    public boolean localSignIn() {
        return localSignIn;
    }

    /** Where the sign-in page's button starts single sign-on. */
    public String signInPath() {
        return "/oauth2/authorization/" + REGISTRATION;
    }

    public String providerName() {
        return providerName;
    }

    public String accessContact() {
        return accessContact;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    List<String> scopes() {
        return scopes;
    }

    String groupsClaim() {
        return groupsClaim;
    }

    /** Whether this sign-in's claims left the groups out for being too many (see {@link ProviderAccess#groupsLeftOut}). */
    public boolean groupsLeftOut(Map<String, Object> claims) {
        return ProviderAccess.groupsLeftOut(claims, groupsClaim);
    }

    String odsCodeClaim() {
        return odsCodeClaim;
    }

    String usernameClaim() {
        return usernameClaim;
    }
}
