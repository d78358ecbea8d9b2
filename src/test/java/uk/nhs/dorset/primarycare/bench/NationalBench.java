package uk.nhs.dorset.primarycare.bench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.QueryParameters;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import com.vaadin.browserless.SpringBrowserlessTest;
import uk.nhs.dorset.primarycare.testing.MariaDbInitializer;
import uk.nhs.dorset.primarycare.testing.NationalFiles;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.workforce.WorkforceImportService;

/**
 * The national-scale benchmark (not a test: it asserts nothing and is run only by
 * {@code ./mvnw -o -Pbench test}, see README "Benchmark"). It starts the application without
 * demo data on MariaDB, fills it with national-sized data ({@link NationalData}), then opens
 * every grid and dashboard page browserless as a programme manager: the real view with its
 * real services, its grids asked for the rows a browser would ask for. For each page and
 * variant it counts the JDBC statements and times the server side, beside the hand-written
 * indexed SQL that the same page minimally needs. Then the heap per signed-in UI and the
 * national workforce import.
 *
 * <p>Settings (system properties): {@code bench.scale} (1 = national size), {@code bench.snapshots}
 * (monthly workforce snapshots, 40), {@code bench.repeat} (timed runs per figure, 5), {@code bench.warmup}
 * (untimed runs before them, 10, within 3 s),
 * {@code bench.uis} (UIs for the heap figure, 20), {@code bench.heap-views} (the routes the heap figure opens;
 * /about is the frame with the least page inside), {@code bench.epraccur} (the ODS file), {@code bench.pages}
 * (only these parts, e.g. {@code grants,audit,heap}; all when unset; {@code import} alone
 * generates only the practices).
 */
// Production mode, as the production jar runs: development mode looks for its bundle on the class path at every navigation.
@SpringBootTest(properties = {"hub.demo-data=false", "vaadin.productionMode=true", "logging.level.root=WARN", "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = MariaDbInitializer.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NationalBench extends SpringBrowserlessTest {

    private static final int PAGE = 50;

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkforceImportService workforceImports;

    private final int repeat = Integer.getInteger("bench.repeat", 5);
    /** Untimed runs first, so that what is timed is the compiled code a running server has, not the interpreter's. */
    private final int warmups = Integer.getInteger("bench.warmup", 10);
    /** Warming stops sooner once it has taken this long: a page of seconds is warm after a run or two. */
    private static final long WARMUP_NANOS = 3_000_000_000L;
    private final List<String> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void national() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int snapshots = Integer.getInteger("bench.snapshots", 40);
        Path epraccur = Path.of(System.getProperty("bench.epraccur", NationalFiles.EPRACCUR.toString()));
        // bench.pages=import: the import figures alone, over the practices only (minutes, not the whole run).
        boolean importOnly = "import".equals(System.getProperty("bench.pages", "").strip());
        NationalData data = new NationalData(jdbc, epraccur, scale, snapshots);
        long t0 = System.nanoTime();
        data.generate(!importOnly);
        out("Generated national data (scale %s, %d workforce snapshots) in %.1f s:", scale, snapshots, secs(t0));
        data.counts.forEach((name, count) -> out("  %-34s %,12d rows", name, count));

        if (importOnly) {
            imports(scale);
            write();
            return;
        }
        SignIn.as(users, NationalData.MANAGER);
        // "in the driver": of the server time, what went on the page's statements and its connections'
        // own calls (begin, read-only, commit); the rest is the view being built and answered.
        table.add("| page | statements | server p50 | in the driver | minimal SQL p50 | ratio |");
        table.add("|---|---|---|---|---|---|");
        new Pages(this, data).all(this::wanted);
        out("");
        out("Server side = the view built and its grids' first request answered, browserless (the real view and services,");
        out("no HTTP or JSON); statements = JDBC statements executed on the request's thread; p50 of %d runs after up to %d untimed ones (3 s at most).", repeat, warmups);
        table.forEach(NationalBench::out);
        out("");
        out("The slowest statement of each page (its last timed run):");
        notes.forEach(NationalBench::out);

        if (wanted("heap")) {
            out("");
            new HeapPerUi(this).measure(names("bench.heap-views", "workforce,workforce?tab=localities,grants,practices,about"), Integer.getInteger("bench.uis", 20))
                    .forEach(NationalBench::out);
        }
        if (wanted("import")) {
            out("");
            imports(scale);
        }
        write();
    }

    private void imports(double scale) throws Exception {
        SignIn.as(users, NationalData.MANAGER);
        new ImportFigures(workforceImports).measure(jdbc, Math.round(6_300 * scale), repeat).forEach(NationalBench::out);
    }

    /** Whether {@code bench.pages} (a comma-separated list; all when unset) names this part. */
    private boolean wanted(String part) {
        List<String> pages = names("bench.pages", "");
        return pages.isEmpty() || pages.stream().anyMatch(part::equalsIgnoreCase);
    }

    /** A comma-separated setting as its names, blanks dropped. */
    private static List<String> names(String property, String otherwise) {
        return java.util.Arrays.stream(System.getProperty(property, otherwise).split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    /** Measures one page variant: the view work under {@code timed}, after {@code prepare}, beside the minimal SQL. */
    void measure(String page, Runnable prepare, Runnable timed, String... minimalSql) {
        long[] server = new long[repeat];
        long[] driver = new long[repeat];
        long statements = 0;
        long commits = 0;
        String slowest = "";
        warmUp(() -> {
            prepare.run();
            timed.run();
        });
        for (int run = 0; run < repeat; run++) {
            prepare.run();
            StatementCounter.start();
            long t = System.nanoTime();
            timed.run();
            long elapsed = System.nanoTime() - t;
            StatementCounter.stop();
            server[run] = elapsed;
            driver[run] = StatementCounter.jdbcNanos();
            statements = StatementCounter.statements();
            commits = StatementCounter.commits();
            slowest = StatementCounter.slowest();
        }
        long[] minimal = new long[repeat];
        Runnable minimalPage = () -> {
            for (String sql : minimalSql) {
                jdbc.query(sql, rs -> {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                    return null;
                });
            }
        };
        warmUp(minimalPage);
        for (int run = 0; run < repeat; run++) {
            long t = System.nanoTime();
            minimalPage.run();
            minimal[run] = System.nanoTime() - t;
        }
        double serverMs = p50(server);
        double minimalMs = p50(minimal);
        table.add(String.format(Locale.UK, "| %s | %,d (+%,d commits) | %s | %s | %s (%d statements) | %.1fx |", page, statements,
                commits, ms(serverMs), ms(p50(driver)), ms(minimalMs), minimalSql.length, serverMs / minimalMs));
        System.out.println(table.getLast());
        notes.add("- " + page + ", slowest statement " + (slowest.length() > 400 ? slowest.substring(0, 400) + " ..." : slowest));
        StatementCounter.trace().forEach(notes::add);
    }

    /** At least one untimed run, and up to {@code bench.warmup} while they take under {@link #WARMUP_NANOS} together. */
    private void warmUp(Runnable run) {
        long start = System.nanoTime();
        for (int i = 0; i < Math.max(1, warmups) && (i == 0 || System.nanoTime() - start < WARMUP_NANOS); i++) {
            run.run();
        }
    }

    void note(String text) {
        notes.add(text);
    }

    /** Shows a route afresh (from another page, so the view is built anew) with its grids' first page requested. */
    void show(String route, String query) {
        UI.getCurrent().navigate("about");
        roundTrip();
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        request(0);
    }

    /** Leaves for another page, untimed, so the next {@link #show} builds the view anew. */
    void away() {
        UI.getCurrent().navigate("about");
        roundTrip();
    }

    void enter(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        request(0);
    }

    /** What a browser asks of every shown grid: the rows from {@code offset}, then the server answers. */
    void request(int offset) {
        for (Grid<?> grid : grids()) {
            grid.getDataCommunicator().setViewportRange(offset, PAGE);
        }
        roundTrip();
    }

    void sort(@Nullable String key, boolean descending) {
        Grid<?> grid = grids().getFirst();
        sortBy(grid, key, descending);
        roundTrip();
    }

    private static <T> void sortBy(Grid<T> grid, @Nullable String key, boolean descending) {
        Grid.Column<T> column = key == null ? grid.getColumns().getFirst() : grid.getColumnByKey(key);
        var order = descending ? GridSortOrder.desc(column) : GridSortOrder.asc(column);
        grid.sort(order.build());
    }

    /** Rows the first shown grid holds, by its own count. */
    int rows() {
        List<Grid<?>> grids = grids();
        return grids.isEmpty() ? 0 : grids.getFirst().getDataCommunicator().getItemCount();
    }

    /**
     * The grids on the page, found by walking the UI's components as they are (a browser's request
     * finds nothing: a lookup that first made its own round trip would be timed with the page).
     */
    List<Grid<?>> grids() {
        List<Grid<?>> shown = new ArrayList<>();
        collectShownGrids(UI.getCurrent(), shown);
        return shown;
    }

    private static void collectShownGrids(Component component, List<Grid<?>> shown) {
        if (component.getElement().isTextNode() || !component.isVisible()) {
            return;
        }
        if (component instanceof Grid<?> grid) {
            shown.add(grid);
        }
        component.getChildren().forEach(child -> collectShownGrids(child, shown));
    }

    static void roundTripNow() {
        roundTrip();
    }

    private void write() throws Exception {
        Path file = Path.of("target", "bench", "national-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, OUTPUT, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private static final List<String> OUTPUT = new ArrayList<>();

    static void out(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(Locale.UK, format, args);
        OUTPUT.add(line);
        PrintStream stdout = System.out;
        stdout.println(line);
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.UK, "%.2f s", millis / 1000) : String.format(Locale.UK, "%.1f ms", millis);
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
