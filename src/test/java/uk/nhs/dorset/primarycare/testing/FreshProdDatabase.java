package uk.nhs.dorset.primarycare.testing;

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
        String url = TestDatabase.createDatabase("fresh");
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
