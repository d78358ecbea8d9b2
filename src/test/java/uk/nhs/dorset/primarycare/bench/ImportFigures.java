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

        double[] dryRun = new double[repeat];
        long dryStatements = 0;
        long dryHeap = 0;
        ImportReport dry = null;
        for (int run = 0; run < repeat; run++) {
            System.gc();
            resetPeaks();
            StatementCounter.start();
            long t1 = System.nanoTime();
            dry = imports.dryRun(file, Files.size(file), options, ImportProgress.NONE);
            dryRun[run] = secs(t1);
            StatementCounter.stop();
            dryStatements = StatementCounter.statements();
            dryHeap = Math.max(dryHeap, peakHeapMb());
        }
        lines.add(String.format(Locale.UK, "| dry run | %.2f s | %.1fx | %,d | %,d MB |", median(dryRun), median(dryRun) / median(bare),
                dryStatements, dryHeap));

        double[] apply = new double[repeat];
        long applyStatements = 0;
        long applyHeap = 0;
        ImportReport applied = null;
        for (int run = 0; run < repeat; run++) {
            ImportOptions month = new ImportOptions(SNAPSHOT.plusMonths(run).withDayOfMonth(SNAPSHOT.plusMonths(run).lengthOfMonth()),
                    "all");
            System.gc();
            resetPeaks();
            StatementCounter.start();
            long t2 = System.nanoTime();
            applied = imports.apply(file, Files.size(file), month, ImportProgress.NONE);
            apply[run] = secs(t2);
            StatementCounter.stop();
            applyStatements = StatementCounter.statements();
            applyHeap = Math.max(applyHeap, peakHeapMb());
        }
        lines.add(String.format(Locale.UK, "| apply | %.2f s | %.1fx | %,d | %,d MB |", median(apply), median(apply) / median(bare),
                applyStatements, applyHeap));
        lines.add("Dry run: " + dry.summary());
        lines.add("Apply: " + applied.summary());
        Files.deleteIfExists(file);
        return lines;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
