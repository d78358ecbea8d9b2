package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.envers.AuditReaderFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.audit.AuditRevision;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.practice.Practice;

/**
 * Writes an applied import a chunk of rows at a time, so a national file costs tens of statements
 * rather than one or more per practice. New profiles are built by the entity (its figures, its
 * first history row) and written with their lines, history and Envers rows in one JDBC batch per
 * table: a generated key per profile would otherwise cost a round trip each. Drafts an import
 * replaces are read a chunk per query and changed through the entity, so Envers records exactly
 * which figures changed. All of it runs in the import's transaction: a failure leaves nothing.
 *
 * <p>A chunk of new profiles is written on a thread of its own while the next is read from the
 * file, on the transaction's one connection: the reading thread waits for the chunk in hand
 * before it sends anything itself (through Hibernate) and before the import ends either way.
 */
final class ImportWriter implements AutoCloseable {

    /** Rows written together: large enough to make the statements few, small enough for a 512 MB heap. */
    static final int CHUNK = 1000;

    private static final int ADDED = 0;

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final LocalDate snapshot;
    private final String source;
    private final Actor actor;
    private final Instant now;
    private final List<Pending> created = new ArrayList<>();
    private final Map<Long, Replacement> replaced = new HashMap<>();
    private @Nullable Long revision;
    private @Nullable ExecutorService writing;
    private @Nullable JdbcTemplate writer;
    private @Nullable Future<?> pending;

    /** A new profile and its practice's id (the profile's practice is only a reference). */
    private record Pending(long practiceId, WorkforceProfile profile) {
    }

    private record Replacement(Map<StaffRole, RoleFigures> figures, @Nullable Integer patients) {
    }

    ImportWriter(EntityManager em, JdbcTemplate jdbc, LocalDate snapshot, String source, Actor actor, Instant now) {
        this.em = em;
        this.jdbc = jdbc;
        this.snapshot = snapshot;
        this.source = source;
        this.actor = actor;
        this.now = now;
    }

    void create(long practiceId, Map<StaffRole, RoleFigures> figures, @Nullable Integer patients) {
        WorkforceProfile profile = new WorkforceProfile(em.getReference(Practice.class, practiceId), snapshot, source, actor, now);
        profile.replaceFigures(figures, patients, source);
        created.add(new Pending(practiceId, profile));
        if (created.size() >= CHUNK) {
            writeCreated();
        }
    }

    void replace(long profileId, Map<StaffRole, RoleFigures> figures, @Nullable Integer patients) {
        replaced.put(profileId, new Replacement(figures, patients));
        if (replaced.size() >= CHUNK) {
            writeReplaced();
        }
    }

    /** Writes what is still held. */
    void finish() {
        writeCreated();
        drain();
        writeReplaced();
    }

    private void writeReplaced() {
        if (replaced.isEmpty()) {
            return;
        }
        drain();
        for (WorkforceProfile profile : em.createQuery("select p from WorkforceProfile p left join fetch p.lines where p.id in :ids",
                WorkforceProfile.class).setParameter("ids", replaced.keySet()).getResultList()) {
            Replacement r = replaced.get(profile.getId());
            profile.replaceFigures(r.figures(), r.patients(), source);
        }
        em.flush();
        em.clear();
        replaced.clear();
    }

    /**
     * Hands the chunk to the writing thread, once the one before it is written: the database
     * writes a chunk while the file's next chunk is read.
     */
    private void writeCreated() {
        if (created.isEmpty()) {
            return;
        }
        drain();
        long rev = revision();
        List<Pending> chunk = List.copyOf(created);
        created.clear();
        // Only the practice references are held; they go with the chunk.
        em.clear();
        if (writing == null) {
            writing = Executors.newSingleThreadExecutor(r -> new Thread(r, "workforce-import-writer"));
            // The transaction's own connection, used by one thread at a time: this one waits (drain) before Hibernate uses it.
            writer = new JdbcTemplate(new SingleConnectionDataSource(DataSourceUtils.getConnection(jdbc.getDataSource()), true));
        }
        JdbcTemplate on = writer;
        pending = writing.submit(() -> writeCreated(on, chunk, snapshot, rev));
    }

    /** Waits for the chunk being written; its failure fails the import. */
    private void drain() {
        Future<?> was = pending;
        pending = null;
        if (was == null) {
            return;
        }
        try {
            was.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the writing thread, after the chunk it is writing: also when the import failed, before it rolls back. */
    @Override
    public void close() {
        try {
            if (pending != null) {
                try {
                    pending.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException ignored) {
                    // the import has already failed; its own failure is the one reported
                }
                pending = null;
            }
        } finally {
            if (writing != null) {
                writing.shutdown();
            }
        }
    }

    private static void writeCreated(JdbcTemplate jdbc, List<Pending> created, LocalDate snapshot, long rev) {
        jdbc.batchUpdate("insert into workforce_profile (version, practice_id, snapshot_date, status, registered_patients, data_source) "
                + "values (0, ?, ?, ?, ?, ?)", created, created.size(), (ps, pending) -> {
            WorkforceProfile p = pending.profile();
            ps.setLong(1, pending.practiceId());
            ps.setObject(2, p.getSnapshotDate());
            ps.setString(3, p.getStatus().name());
            setInt(ps, 4, p.getRegisteredPatients());
            ps.setString(5, p.getSource());
        });
        Map<Long, Long> ids = new HashMap<>();
        String in = String.join(",", Collections.nCopies(created.size(), "?"));
        List<Object> args = new ArrayList<>(created.size() + 1);
        args.add(snapshot);
        created.forEach(pending -> args.add(pending.practiceId()));
        jdbc.query("select practice_id, id from workforce_profile where snapshot_date = ? and practice_id in (" + in + ")",
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }, args.toArray());

        List<Object[]> lines = new ArrayList<>();
        for (Pending pending : created) {
            long id = ids.get(pending.practiceId());
            pending.profile().getLines().forEach((role, f) -> lines.add(new Object[] {id, role, f}));
        }
        jdbc.batchUpdate("insert into workforce_profile_line (profile_id, staff_role, headcount, fte) values (?, ?, ?, ?)",
                lines, Math.max(1, lines.size()), (ps, line) -> setLine(ps, 1, line));
        jdbc.batchUpdate("insert into workforce_profile_status_change (workforce_profile_id, seq, from_status, to_status, changed_by, "
                + "changed_at, comment, notified) values (?, ?, ?, ?, ?, ?, ?, ?)", created, created.size(), (ps, pending) -> {
            WorkforceProfile p = pending.profile();
            StatusChange first = p.getHistory().getFirst();
            ps.setLong(1, ids.get(pending.practiceId()));
            ps.setInt(2, 0);
            ps.setString(3, first.getFromStatus());
            ps.setString(4, first.getToStatus());
            ps.setString(5, first.getChangedBy());
            // As Hibernate writes an Instant here: the UTC wall-clock time (hibernate.jdbc.time_zone=UTC).
            ps.setObject(6, LocalDateTime.ofInstant(first.getChangedAt(), ZoneOffset.UTC));
            ps.setString(7, first.getComment());
            ps.setBoolean(8, first.isNotified());
        });
        // The rows Envers writes for a new profile, its audited fields and each line added in this transaction's
        // revision, copied by the database from the rows just written rather than sent again.
        Object[] audArgs = new Object[args.size() + 1];
        audArgs[0] = rev;
        for (int i = 0; i < args.size(); i++) {
            audArgs[i + 1] = args.get(i);
        }
        jdbc.update("insert into workforce_profile_aud (id, rev, revtype, practice_id, snapshot_date, status, registered_patients, "
                + "data_source, query_comment, owner) select w.id, ?, " + ADDED + ", w.practice_id, w.snapshot_date, w.status, "
                + "w.registered_patients, w.data_source, w.query_comment, w.owner from workforce_profile w "
                + "where w.snapshot_date = ? and w.practice_id in (" + in + ")", audArgs);
        jdbc.update("insert into workforce_profile_line_aud (rev, revtype, profile_id, staff_role, headcount, fte) "
                + "select ?, " + ADDED + ", l.profile_id, l.staff_role, l.headcount, l.fte from workforce_profile_line l "
                + "join workforce_profile w on w.id = l.profile_id where w.snapshot_date = ? and w.practice_id in (" + in + ")", audArgs);
    }

    /** This transaction's Envers revision (created, stamped by its listener, on first use). */
    private long revision() {
        if (revision == null) {
            revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).getId();
        }
        return revision;
    }

    private static void setLine(PreparedStatement ps, int at, Object[] line) throws SQLException {
        RoleFigures f = (RoleFigures) line[2];
        ps.setLong(at, (Long) line[0]);
        ps.setString(at + 1, ((StaffRole) line[1]).name());
        setInt(ps, at + 2, f.headcount());
        if (f.fte() == null) {
            ps.setNull(at + 3, Types.DECIMAL);
        } else {
            ps.setBigDecimal(at + 3, f.fte());
        }
    }

    private static void setInt(PreparedStatement ps, int at, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(at, Types.INTEGER);
        } else {
            ps.setInt(at, value);
        }
    }
}
