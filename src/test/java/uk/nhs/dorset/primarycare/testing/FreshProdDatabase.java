package uk.nhs.dorset.primarycare.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new, empty database on the test MariaDB server, run as production runs: the {@code prod}
 * profile's settings, no demo data, one administrator from the environment. Use it after
 * {@link MariaDbInitializer} (which it overrides) with {@code @ActiveProfiles("prod")}.
 */
public class FreshProdDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Correct-Horse-Battery-9";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "fresh_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String shared = TestDatabase.url();
        try (Connection c = DriverManager.getConnection(shared, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a fresh test database", e);
        }
        int query = shared.indexOf('?');
        String base = query < 0 ? shared : shared.substring(0, query);
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : shared.substring(query));
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "hub.demo-data=false",
                "hub.admin.username=" + ADMIN,
                "hub.admin.password=" + ADMIN_PASSWORD,
                // The test classpath serves Vaadin's development bundle; production mode's own bundle is built only by package.
                "vaadin.productionMode=false"
        ).applyTo(context);
    }
}
