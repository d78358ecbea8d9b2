package uk.nhs.dorset.primarycare.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider on a random local port, started once per test JVM, and the
 * settings that point the application at it. Each sign-in through it issues the ID token
 * {@link #nextSignIn} described: who the person is and which groups the provider puts them in.
 */
public class OidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_ID = "hub-provider";
    public static final String CLIENT_ID = "primary-care-hub";
    public static final String PROVIDER_NAME = "NHS Test Identity";
    public static final String ACCESS_CONTACT = "the Hub service desk (hub.servicedesk@example.nhs.uk)";
    public static final String ODS_CLAIM = "ods_code";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    public static String endSessionUrl() {
        return server().endSessionEndpointUrl(ISSUER_ID).toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "hub.sso.issuer=" + issuer(),
                "hub.sso.client-id=" + CLIENT_ID,
                "hub.sso.client-secret=not-a-secret",
                "hub.sso.provider-name=" + PROVIDER_NAME,
                "hub.sso.access-contact=" + ACCESS_CONTACT,
                "hub.sso.groups-claim=groups",
                "hub.sso.ods-code-claim=" + ODS_CLAIM
        ).applyTo(context);
    }

    /** The next sign-in through the provider is this person, in these groups. */
    public static void nextSignIn(String subject, String name, List<String> groups) {
        nextSignIn(subject, name, groups, Map.of());
    }

    /** The next sign-in, with further claims in its ID token (they replace the standard ones of the same name). */
    public static void nextSignIn(String subject, String name, List<String> groups, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>();
        all.put("preferred_username", subject);
        all.put("name", name);
        all.put("groups", groups);
        all.putAll(claims);
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), all, 3600));
    }

    /**
     * The next sign-in is of a person in more groups than Microsoft Entra ID puts in a token: no
     * groups claim, only its name in {@code _claim_names} and where to fetch the groups.
     */
    public static void nextSignInInTooManyGroups(String subject, String name) {
        Map<String, Object> all = new HashMap<>();
        all.put("preferred_username", subject);
        all.put("name", name);
        all.put("_claim_names", Map.of("groups", "src1"));
        all.put("_claim_sources", Map.of("src1", Map.of("endpoint",
                "https://graph.microsoft.com/v1.0/users/" + subject + "/getMemberObjects")));
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), all, 3600));
    }
}
