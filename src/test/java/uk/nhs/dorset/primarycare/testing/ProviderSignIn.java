package uk.nhs.dorset.primarycare.testing;

import java.net.http.HttpResponse;

/**
 * Signs a {@link WebClient} in through the {@link OidcProvider} as a browser does: the
 * application sends it to the provider, the provider sends it back with a code, and the
 * application's answer to that is returned (a redirect into the application, or to sign-in).
 */
public final class ProviderSignIn {

    /** Where the sign-in page's "Sign in with ..." button leads. */
    public static final String START = "/oauth2/authorization/hub";

    private ProviderSignIn() {
    }

    public static HttpResponse<String> through(WebClient browser) {
        HttpResponse<String> toProvider = browser.get(START);
        String provider = WebClient.location(toProvider);
        if (!provider.startsWith(OidcProvider.issuer())) {
            throw new AssertionError("The application did not send the browser to the provider: " + toProvider.statusCode() + " " + provider);
        }
        HttpResponse<String> back = browser.getUrl(provider);
        String callback = WebClient.location(back);
        if (callback.isEmpty()) {
            throw new AssertionError("The provider did not send the browser back: " + back.statusCode() + " " + back.body());
        }
        return browser.getUrl(callback);
    }
}
