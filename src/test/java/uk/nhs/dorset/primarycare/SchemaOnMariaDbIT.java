package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;

/** Liquibase builds the schema on MariaDB and Hibernate validates every entity against it. */
@IntegrationTest
class SchemaOnMariaDbIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseSchemaValidatesOnMariaDb() {
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'manager'", Integer.class)).isEqualTo(1);
    }
}
