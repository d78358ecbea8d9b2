package uk.nhs.dorset.primarycare.bench;

import static uk.nhs.dorset.primarycare.workforce.WorkforceImportBench.peakHeapMb;
import static uk.nhs.dorset.primarycare.workforce.WorkforceImportBench.resetPeaks;
import static uk.nhs.dorset.primarycare.workforce.WorkforceImportBench.secs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dorset.primarycare.workforce.ImportOptions;
import uk.nhs.dorset.primarycare.workforce.ImportProgress;
import uk.nhs.dorset.primarycare.workforce.ImportReport;
import uk.nhs.dorset.primarycare.workforce.WorkforceImportBench;
import uk.nhs.dorset.primarycare.workforce.WorkforceImportService;

/**
 * The national workforce file (a row per practice, the 829 published columns) read by the import's
 * dry run and written by its apply, each beside a bare parse of the same file by the same CSV
 * parser (commons-csv, the one the import reads with), with the statements each sends.
 */
final class ImportFigures {

    /** A month after the generated snapshots, so the apply writes a new snapshot. */
    private static final LocalDate SNAPSHOT = NationalData.LATEST_SNAPSHOT.plusMonths(1).withDayOfMonth(31);

    private final WorkforceImportService imports;

    ImportFigures(WorkforceImportService imports) {
        this.imports = imports;
    }

    /** Each step timed {@code repeat} times (the median shown); each apply writes a snapshot a month after the last. */
    List<String> measure(JdbcTemplate jdbc, long practices, int repeat) throws Exception {
        List<String> codes = jdbc.queryForList("select ods_code from practice where status = 'OPEN' order by id limit " + practices, String.class);
        Path file = Files.createTempFile("gp-workforce-national", ".csv");
        file.toFile().deleteOnExit();
        WorkforceImportBench.generate(file, codes);
        ImportOptions options = new ImportOptions(SNAPSHOT, "all");
        List<String> lines = new ArrayList<>();

        WorkforceImportBench.bareParse(file);
        double[] bare = new double[repeat];
        long fields = 0;
        for (int run = 0; run < repeat; run++) {
            System.gc();
            long t0 = System.nanoTime();
            fields = WorkforceImportBench.bareParse(file);
            bare[run] = secs(t0);
        }
        lines.add(String.format(Locale.UK, "Workforce import of %,d practices x 829 columns (%,d bytes, %,d fields); max heap %,d MB; "
                        + "median of %d runs", codes.size(), Files.size(file), fields, Runtime.getRuntime().maxMemory() / (1024 * 1024), repeat));
        lines.add("| step | time | ratio to the bare parse | statements | peak heap |");
        lines.add("|---|---|---|---|---|");
        lines.add(String.format(Locale.UK, "| bare commons-csv parse | %.2f s | 1.0x | 0 | |", median(bare)));

        Timed dry = timed(repeat, run -> imports.dryRun(file, Files.size(file), options, ImportProgress.NONE));
        lines.add(dry.row("dry run", median(bare)));
        // Each apply writes another month, so every run inserts its profiles afresh.
        Timed applied = timed(repeat, run -> imports.apply(file, Files.size(file), new ImportOptions(
                SNAPSHOT.plusMonths(run).withDayOfMonth(SNAPSHOT.plusMonths(run).lengthOfMonth()), "all"), ImportProgress.NONE));
        lines.add(applied.row("apply", median(bare)));
        lines.add("Dry run: " + dry.report().summary());
        lines.add("Apply: " + applied.report().summary());
        Files.deleteIfExists(file);
        return lines;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One import measured {@code repeat} times: the median time, and the statements and peak heap of its runs. */
    private record Timed(double median, long statements, long heapMb, ImportReport report) {

        String row(String name, double bare) {
            return String.format(Locale.UK, "| %s | %.2f s | %.1fx | %,d | %,d MB |", name, median, median / bare, statements, heapMb);
        }
    }

    private interface Run {
        ImportReport run(int index) throws Exception;
    }

    private static Timed timed(int repeat, Run import_) throws Exception {
        double[] seconds = new double[repeat];
        long statements = 0;
        long heap = 0;
        ImportReport report = null;
        for (int run = 0; run < repeat; run++) {
            System.gc();
            resetPeaks();
            StatementCounter.start();
            long t = System.nanoTime();
            report = import_.run(run);
            seconds[run] = secs(t);
            StatementCounter.stop();
            statements = StatementCounter.statements();
            heap = Math.max(heap, peakHeapMb());
        }
        return new Timed(median(seconds), statements, heap, java.util.Objects.requireNonNull(report));
    }
}
