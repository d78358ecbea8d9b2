package uk.nhs.dorset.primarycare.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.dorset.primarycare.Application;

/**
 * A second application node on the test MariaDB, beside the suite's own context: what several
 * nodes sharing one database do at the same moment. Started on first use (once the suite's
 * context has migrated the database and loaded the demo's users) and kept for the test JVM.
 */
public final class SecondNode {

    private static ConfigurableApplicationContext node;

    private SecondNode() {
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (node == null) {
            // Command-line arguments, as they outrank application.properties.
            node = new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + TestDatabase.url(),
                    "--spring.datasource.username=" + TestDatabase.user(),
                    "--spring.datasource.password=" + TestDatabase.password(),
                    "--hub.demo-data=false",
                    "--hub.demo.as-of=",
                    "--hub.files.dir=target/test-files");
        }
        return node;
    }

    /** Starts both at the same moment and waits for both; answers what each returned. */
    public static <T> List<T> race(Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<T> a = threads.submit(() -> {
                go.await();
                return first.call();
            });
            Future<T> b = threads.submit(() -> {
                go.await();
                return second.call();
            });
            go.countDown();
            return List.of(a.get(5, TimeUnit.MINUTES), b.get(5, TimeUnit.MINUTES));
        } finally {
            threads.shutdownNow();
        }
    }
}
