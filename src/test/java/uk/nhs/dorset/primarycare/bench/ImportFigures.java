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

    List<String> measure(JdbcTemplate jdbc, long practices) throws Exception {
        List<String> codes = jdbc.queryForList("select ods_code from practice where status = 'OPEN' order by id limit " + practices, String.class);
        Path file = Files.createTempFile("gp-workforce-national", ".csv");
        file.toFile().deleteOnExit();
        WorkforceImportBench.generate(file, codes);
        ImportOptions options = new ImportOptions(SNAPSHOT, "all");
        List<String> lines = new ArrayList<>();

        WorkforceImportBench.bareParse(file);
        System.gc();
        long t0 = System.nanoTime();
        long fields = WorkforceImportBench.bareParse(file);
        double bare = secs(t0);
        lines.add(String.format(Locale.UK, "Workforce import of %,d practices x 829 columns (%,d bytes, %,d fields); max heap %,d MB",
                codes.size(), Files.size(file), fields, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        lines.add("| step | time | ratio to the bare parse | statements | peak heap |");
        lines.add("|---|---|---|---|---|");
        lines.add(String.format(Locale.UK, "| bare commons-csv parse | %.2f s | 1.0x | 0 | |", bare));

        System.gc();
        resetPeaks();
        StatementCounter.start();
        long t1 = System.nanoTime();
        ImportReport dry = imports.dryRun(file, Files.size(file), options, ImportProgress.NONE);
        double dryRun = secs(t1);
        StatementCounter.stop();
        lines.add(String.format(Locale.UK, "| dry run | %.2f s | %.1fx | %,d | %,d MB |", dryRun, dryRun / bare,
                StatementCounter.statements(), peakHeapMb()));

        System.gc();
        resetPeaks();
        StatementCounter.start();
        long t2 = System.nanoTime();
        ImportReport applied = imports.apply(file, Files.size(file), options, ImportProgress.NONE);
        double apply = secs(t2);
        StatementCounter.stop();
        lines.add(String.format(Locale.UK, "| apply | %.2f s | %.1fx | %,d | %,d MB |", apply, apply / bare,
                StatementCounter.statements(), peakHeapMb()));
        lines.add("Dry run: " + dry.summary());
        lines.add("Apply: " + applied.summary());
        Files.deleteIfExists(file);
        return lines;
    }
}
