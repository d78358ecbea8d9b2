package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.testing.MariaDbInitializer;
import uk.nhs.dorset.primarycare.testing.WebClient;

/**
 * The hub as the {@code prod} profile runs it behind a TLS-terminating proxy: the proxy's
 * forwarded headers are believed, so the session cookie of an HTTPS visit is marked Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class BehindTlsProxyIT {

    @LocalServerPort
    int port;

    @Test
    void theProdProfileBelievesTheProxysForwardedHeaders() throws IOException {
        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void anHttpsVisitThroughTheProxyGetsASecureSessionCookie() {
        WebClient browser = new WebClient("http://localhost:" + port);
        HttpResponse<String> viaTls = browser.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.7");
        assertThat(viaTls.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> plain = new WebClient("http://localhost:" + port).get("/login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").doesNotContain("Secure"));
    }
}
