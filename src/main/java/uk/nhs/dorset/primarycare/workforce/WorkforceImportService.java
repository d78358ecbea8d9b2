package uk.nhs.dorset.primarycare.workforce;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * Imports NHS Digital's "General Practice Workforce, Practice Level - Detailed" CSV as draft
 * profiles of the practices the hub holds. A dry run reads the file and reports; the apply
 * reads it again inside one transaction, so a rejected row, a failure or a cancel leaves
 * nothing imported. Both stream the file, so a national file fits in a small heap.
 */
@Service
public class WorkforceImportService {

    static final String SOURCE = "NHS Digital practice-level workforce";
    private static final int LISTED = 50;

    private final PracticeService practiceService;
    private final WorkforceProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager em;

    WorkforceImportService(PracticeService practiceService, WorkforceProfileRepository profiles, CurrentUser currentUser,
                           Clock clock, JdbcTemplate jdbc) {
        this.practiceService = practiceService;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Role.TEAM_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public ImportReport dryRun(Path file, long declaredSize, ImportOptions options, ImportProgress progress) {
        return run(file, declaredSize, options, progress, false);
    }

    /** Applies the file whole, or throws and changes nothing. */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_, Role.ADMIN_})
    @Transactional
    public ImportReport apply(Path file, long declaredSize, ImportOptions options, ImportProgress progress) {
        ImportReport report = run(file, declaredSize, options, progress, true);
        if (report.rejected() > 0) {
            throw new WorkforceFileRejected(String.format("%,d rows were rejected (first: %s); nothing was imported. "
                    + "Correct the file and upload it again", report.rejected(), report.rejections().getFirst()));
        }
        if (report.totalsDifferPractices() > 0) {
            throw new WorkforceFileRejected(String.format("For %,d practices the file's own totals differ from the roles "
                    + "read (first: %s); nothing was imported. Check the file is complete and as published",
                    report.totalsDifferPractices(), report.totalsDiffer().getFirst()));
        }
        if (report.created() + report.replaced() == 0) {
            throw new WorkforceFileRejected("The file has no rows for practices in the hub at that snapshot; nothing was imported");
        }
        return report;
    }

    private ImportReport run(Path file, long declaredSize, ImportOptions options, ImportProgress progress, boolean write) {
        long started = System.nanoTime();
        LocalDate snapshot = options.snapshotDate();
        if (snapshot.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The snapshot date cannot be in the future");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (declaredSize >= 0 && size < declaredSize) {
            throw new WorkforceFileRejected(String.format("The upload was cut short: %,d bytes arrived of the %,d announced. "
                    + "Upload the file again", size, declaredSize));
        }
        Actor actor = currentUser.actor();
        Instant now = clock.instant();
        // Codes, ids and statuses only, one statement each: a national file names every practice.
        Map<String, Long> practiceIds = practiceService.openPracticeIds();
        Map<String, Long> existing = new HashMap<>();
        Set<String> lockedCodes = new HashSet<>();
        for (Object[] p : profiles.idsAtSnapshot(snapshot)) {
            existing.put((String) p[0], (Long) p[1]);
            if (p[2] != ProfileStatus.DRAFT) {
                lockedCodes.add((String) p[0]);
            }
        }
        if (write) {
            em.flush();
            em.clear();
            // The drafts an import replaces are written through Hibernate: their updates and lines in JDBC batches.
            em.unwrap(Session.class).setJdbcBatchSize(100);
        }
        @Nullable ImportWriter writes = write ? new ImportWriter(em, jdbc, snapshot, SOURCE, actor, now) : null;
        String commissioner = options.commissionerCode();
        Counter c = new Counter();
        Map<String, Long> seen = new HashMap<>();
        WorkforceFileReader.Listener listener = new WorkforceFileReader.Listener() {
            @Override
            public void header(WorkforceFileReader.Header header) {
                c.header = header;
            }

            @Override
            public void row(WorkforceFileReader.Row row) {
                c.rows++;
                if (commissioner != null && row.carriesCommissioner() && !row.isOf(commissioner)) {
                    c.otherCommissioner++;
                    return;
                }
                if (row.year() != null && row.month() != null) {
                    c.inSnapshotMonth |= row.year() == snapshot.getYear() && row.month() == snapshot.getMonthValue();
                    if (row.year() != snapshot.getYear() || row.month() != snapshot.getMonthValue()) {
                        c.otherMonth++;
                        if (c.otherMonths.size() < 12) {
                            c.otherMonths.add(YearMonth.of(row.year(), Math.clamp(row.month(), 1, 12)));
                        }
                        return;
                    }
                }
                if (!row.totalsDiffer().isEmpty()) {
                    c.totalsDifferPractices++;
                    for (String difference : row.totalsDiffer()) {
                        if (c.totalsDiffer.size() < LISTED) {
                            c.totalsDiffer.add(row.odsCode() + ": " + difference);
                        }
                    }
                }
                Long earlier = seen.putIfAbsent(row.odsCode(), row.line());
                if (earlier != null) {
                    rejected(new WorkforceFileReader.Rejection(row.line(),
                            row.odsCode() + " appears again (first on line " + earlier + ")"));
                    return;
                }
                Long practiceId = practiceIds.get(row.odsCode());
                if (practiceId == null) {
                    c.unknown++;
                    if (c.unknownCodes.size() < LISTED) {
                        c.unknownCodes.add(row.odsCode());
                    }
                    return;
                }
                if (lockedCodes.contains(row.odsCode())) {
                    c.locked++;
                    return;
                }
                Long profileId = existing.get(row.odsCode());
                if (profileId == null) {
                    c.created++;
                    if (writes != null) {
                        writes.create(practiceId, row.figures(), row.patients());
                    }
                } else {
                    c.replaced++;
                    if (writes != null) {
                        writes.replace(profileId, row.figures(), row.patients());
                    }
                }
            }

            @Override
            public void rejected(WorkforceFileReader.Rejection rejection) {
                c.rejected++;
                if (c.rejections.size() < LISTED) {
                    c.rejections.add(rejection.toString());
                }
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
        try (InputStream in = Files.newInputStream(file); ImportWriter closing = writes) {
            double total = Math.max(1, size);
            long[] lastReported = {0};
            WorkforceFileReader.read(in, listener, bytes -> {
                if (bytes - lastReported[0] > 256 * 1024 || bytes == size) {
                    lastReported[0] = bytes;
                    progress.progress(Math.min(1.0, bytes / total));
                }
            });
            if (writes != null) {
                writes.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkforceFileReader.Cancelled e) {
            throw new ImportCancelled();
        }
        if (c.header == null) {
            throw new WorkforceFileRejected("The file has no header row");
        }
        if (writes != null) {
            em.flush();
        }
        if (c.rows == 0 && c.rejected == 0) {
            throw new WorkforceFileRejected("The file has a header but no practice rows");
        }
        if (c.otherMonth > 0 && !c.inSnapshotMonth) {
            throw new WorkforceFileRejected("The file is for " + months(c.otherMonths) + ", but the snapshot date "
                    + Formats.date(snapshot) + " is in " + MONTH.format(snapshot) + ": choose a snapshot date in the "
                    + "file's month, or upload the file for " + MONTH.format(snapshot) + ". Nothing was imported");
        }
        return new ImportReport(write, c.rows, c.created + c.replaced + c.locked, c.created, c.replaced, c.locked,
                c.unknown, List.copyOf(c.unknownCodes), c.otherCommissioner, c.otherMonth, c.rejected,
                List.copyOf(c.rejections), c.totalsDifferPractices, List.copyOf(c.totalsDiffer),
                c.header.unknownColumns(), c.header.missingColumns(),
                (System.nanoTime() - started) / 1e9);
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** "June 2025 and July 2025". */
    private static String months(java.util.SortedSet<YearMonth> months) {
        List<String> names = months.stream().map(MONTH::format).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** The user stopped the import; the transaction rolls back. */
    public static class ImportCancelled extends IllegalStateException {
        public ImportCancelled() {
            super("Import cancelled; nothing was changed");
        }
    }

    private static final class Counter {
        WorkforceFileReader.@Nullable Header header;
        int rows;
        int created;
        int replaced;
        int locked;
        int unknown;
        int otherCommissioner;
        int otherMonth;
        int rejected;
        int totalsDifferPractices;
        boolean inSnapshotMonth;
        final java.util.SortedSet<YearMonth> otherMonths = new java.util.TreeSet<>();
        final List<String> totalsDiffer = new ArrayList<>();
        final List<String> unknownCodes = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();
    }
}
