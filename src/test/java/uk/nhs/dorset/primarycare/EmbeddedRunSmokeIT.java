package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Boots the application as {@code ./mvnw spring-boot:run} does: the embedded H2 file database
 * in MariaDB mode (here under target/), Liquibase, schema validation, demo data; then opens
 * the sign-in page over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/smoke-h2/primary-care-hub;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,ACTION")
class EmbeddedRunSmokeIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bootsOnTheEmbeddedDatabaseAndServesTheSignInPage() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from practice where status = 'OPEN'", Integer.class)).isEqualTo(86);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isGreaterThanOrEqualTo(5);
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"en-GB\"").contains("<title>Primary Care Hub</title>");
    }
}
