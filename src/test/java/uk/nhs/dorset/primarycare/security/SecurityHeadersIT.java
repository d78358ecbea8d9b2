package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dorset.primarycare.testing.WebClient.location;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.HttpTest;
import uk.nhs.dorset.primarycare.testing.WebClient;

/** What every answer tells the browser about framing, sniffing, referrers, scripts and the session cookie. */
class SecurityHeadersIT extends HttpTest {

    @Test
    void pagesCarryTheSecurityHeaders() {
        WebClient browser = client();
        for (HttpResponse<String> page : List.of(browser.get("/login"), browser.get("/"), browser.get("/styles.css"))) {
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page.uri() + " Content-Security-Policy in " + page.headers().map())
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(page.uri() + "").hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(page.uri() + "").hasValue("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(page.uri() + "").hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndNeverInTheUrl() {
        WebClient browser = client();
        HttpResponse<String> login = browser.get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).as("plain HTTP: no Secure flag, or the browser would drop it").doesNotContainIgnoringCase("Secure");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");

        HttpResponse<String> redirect = client().get("/grants");
        assertThat(location(redirect)).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }
}
