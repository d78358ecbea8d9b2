package uk.nhs.dorset.primarycare.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation's clusters. A cluster is only a name the localities and access weeks refer
 * to (foreign keys that follow a rename), so a plain table serves where an entity would add nothing.
 */
@Component
class ClusterTable {

    private final JdbcClient db;

    ClusterTable(JdbcClient db) {
        this.db = db;
    }

    List<Cluster> all() {
        return db.sql("select name from cluster order by name").query(String.class).list().stream().map(Cluster::new).toList();
    }

    /** The cluster under this name in any case, as it is spelled in the table. */
    Optional<Cluster> find(Cluster cluster) {
        return db.sql("select name from cluster where lower(name) = lower(:name)").param("name", cluster.name())
                .query(String.class).optional().map(Cluster::new);
    }

    /** The cluster of this name, created if the organisation has none yet. */
    Cluster findOrCreate(Cluster cluster) {
        return find(cluster).orElseGet(() -> {
            db.sql("insert into cluster (name) values (:name)").param("name", cluster.name()).update();
            return cluster;
        });
    }

    /** Renames the cluster; its localities and access weeks follow through their foreign keys. */
    void rename(Cluster from, Cluster to) {
        db.sql("update cluster set name = :to where name = :from").param("to", to.name()).param("from", from.name()).update();
    }
}
