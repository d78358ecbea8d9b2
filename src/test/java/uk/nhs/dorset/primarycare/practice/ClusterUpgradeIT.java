package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.nhs.dorset.primarycare.testing.TestDatabase;

/**
 * A database made before clusters were the organisation's own keeps its localities' and access
 * weeks' clusters through the upgrade: East, Mid and West become rows of the cluster table.
 */
class ClusterUpgradeIT {

    private static final String CLUSTERS_CHANGESET = "695-practice-clusters";

    @Test
    void anUpgradedDatabaseKeepsItsThreeClustersAsNamedRows() throws Exception {
        String url = TestDatabase.createDatabase("upgrade");
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password())) {
            Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)));
            List<String> ids = liquibase.getDatabaseChangeLog().getChangeSets().stream().map(cs -> cs.getId()).toList();
            liquibase.update(ids.indexOf(CLUSTERS_CHANGESET), new Contexts(), new LabelExpression());

            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
            jdbc.update("insert into locality (name, cluster, population_2016, version) values ('Purbeck', 'WEST', 47000, 0), "
                    + "('Poole North', 'EAST', 60000, 0)");
            jdbc.update("insert into access_week (week_start, cluster, hours_delivered, recorded_by, recorded_at, version) "
                    + "values ('2018-03-25', 'MID', 112, 'team', now(), 0)");

            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(jdbc.queryForList("select name from cluster order by name", String.class)).containsExactly("East", "Mid", "West");
            assertThat(jdbc.queryForList("select cluster from locality order by name", String.class)).containsExactly("East", "West");
            assertThat(jdbc.queryForObject("select cluster from access_week", String.class)).isEqualTo("Mid");
            assertThatThrownBy(() -> jdbc.update("insert into locality (name, cluster, population_2016, version) "
                    + "values ('Nowhere', 'No such cluster', 0, 0)")).as("a locality's cluster must exist").isNotNull();
            jdbc.update("update cluster set name = 'Western' where name = 'West'");
            assertThat(jdbc.queryForObject("select cluster from locality where name = 'Purbeck'", String.class))
                    .as("a renamed cluster keeps its localities").isEqualTo("Western");
        }
    }
}
