package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the application as {@code ./mvnw spring-boot:run} does — the embedded H2 file database
 * in MariaDB mode, Liquibase, schema validation, reference and demo data — twice on the same
 * database file: the first start loads the data and serves the sign-in page, the second start
 * works on what the first left and loads nothing twice.
 */
class EmbeddedRunSmokeIT {

    @Test
    void firstStartLoadsTheDataAndARestartKeepsItWithoutLoadingTwice() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "embedded-run-");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("primary-care-hub")
                + ";MODE=MariaDB;NON_KEYWORDS=VALUE,YEAR,MONTH,ACTION";
        int users;
        int practices;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            practices = jdbc.queryForObject("select count(*) from practice", Integer.class);
            users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
            assertThat(practices).isEqualTo(102);
            assertThat(users).as("one sign-in per role and a second estates lead").isEqualTo(6);
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port(first) + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("lang=\"en-GB\"").contains("<title>Primary Care Hub</title>");
        }
        try (ConfigurableApplicationContext second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from practice", Integer.class)).isEqualTo(practices);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(users);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments, as they outrank application.properties (default properties do not).
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--hub.files.dir=target/embedded-run-files");
    }

    private static String port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port");
    }
}
