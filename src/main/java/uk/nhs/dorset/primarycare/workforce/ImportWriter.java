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
import org.hibernate.envers.AuditReaderFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
 */
final class ImportWriter {

    /** Rows written together: large enough to make the statements few, small enough for a 512 MB heap. */
    static final int CHUNK = 1000;

    private static final int ADDED = 0;

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final LocalDate snapshot;
    private final String source;
    private final Actor actor;
    private final Instant now;
    private final List<WorkforceProfile> created = new ArrayList<>();
    private final Map<Long, Replacement> replaced = new HashMap<>();
    private @Nullable Long revision;

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
        created.add(profile);
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
        writeReplaced();
    }

    private void writeReplaced() {
        if (replaced.isEmpty()) {
            return;
        }
        for (WorkforceProfile profile : em.createQuery("select p from WorkforceProfile p left join fetch p.lines where p.id in :ids",
                WorkforceProfile.class).setParameter("ids", replaced.keySet()).getResultList()) {
            Replacement r = replaced.get(profile.getId());
            profile.replaceFigures(r.figures(), r.patients(), source);
        }
        em.flush();
        em.clear();
        replaced.clear();
    }

    private void writeCreated() {
        if (created.isEmpty()) {
            return;
        }
        long rev = revision();
        jdbc.batchUpdate("insert into workforce_profile (version, practice_id, snapshot_date, status, registered_patients, data_source) "
                + "values (0, ?, ?, ?, ?, ?)", created, created.size(), (ps, p) -> {
            ps.setLong(1, practiceId(p));
            ps.setObject(2, p.getSnapshotDate());
            ps.setString(3, p.getStatus().name());
            setInt(ps, 4, p.getRegisteredPatients());
            ps.setString(5, p.getSource());
        });
        Map<Long, Long> ids = new HashMap<>();
        String in = String.join(",", Collections.nCopies(created.size(), "?"));
        List<Object> args = new ArrayList<>(created.size() + 1);
        args.add(snapshot);
        created.forEach(p -> args.add(practiceId(p)));
        jdbc.query("select practice_id, id from workforce_profile where snapshot_date = ? and practice_id in (" + in + ")",
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }, args.toArray());

        List<Object[]> lines = new ArrayList<>();
        for (WorkforceProfile p : created) {
            long id = ids.get(practiceId(p));
            p.getLines().forEach((role, f) -> lines.add(new Object[] {id, role, f}));
        }
        jdbc.batchUpdate("insert into workforce_profile_line (profile_id, staff_role, headcount, fte) values (?, ?, ?, ?)",
                lines, Math.max(1, lines.size()), (ps, line) -> setLine(ps, 1, line));
        jdbc.batchUpdate("insert into workforce_profile_status_change (workforce_profile_id, seq, from_status, to_status, changed_by, "
                + "changed_at, comment, notified) values (?, ?, ?, ?, ?, ?, ?, ?)", created, created.size(), (ps, p) -> {
            StatusChange first = p.getHistory().getFirst();
            ps.setLong(1, ids.get(practiceId(p)));
            ps.setInt(2, 0);
            ps.setString(3, first.getFromStatus());
            ps.setString(4, first.getToStatus());
            ps.setString(5, first.getChangedBy());
            // As Hibernate writes an Instant here: the UTC wall-clock time (hibernate.jdbc.time_zone=UTC).
            ps.setObject(6, LocalDateTime.ofInstant(first.getChangedAt(), ZoneOffset.UTC));
            ps.setString(7, first.getComment());
            ps.setBoolean(8, first.isNotified());
        });
        // The rows Envers writes for a new profile: its audited fields and each line added, in this transaction's revision.
        jdbc.batchUpdate("insert into workforce_profile_aud (id, rev, revtype, practice_id, snapshot_date, status, registered_patients, "
                + "data_source, query_comment, owner) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", created, created.size(), (ps, p) -> {
            ps.setLong(1, ids.get(practiceId(p)));
            ps.setLong(2, rev);
            ps.setInt(3, ADDED);
            ps.setLong(4, practiceId(p));
            ps.setObject(5, p.getSnapshotDate());
            ps.setString(6, p.getStatus().name());
            setInt(ps, 7, p.getRegisteredPatients());
            ps.setString(8, p.getSource());
            ps.setString(9, p.getQueryComment());
            ps.setString(10, p.getOwner());
        });
        jdbc.batchUpdate("insert into workforce_profile_line_aud (rev, revtype, profile_id, staff_role, headcount, fte) "
                + "values (?, ?, ?, ?, ?, ?)", lines, Math.max(1, lines.size()), (ps, line) -> {
            ps.setLong(1, rev);
            ps.setInt(2, ADDED);
            setLine(ps, 3, line);
        });
        created.clear();
        // Only the practice references are held; they go with the chunk.
        em.clear();
    }

    /** This transaction's Envers revision (created, stamped by its listener, on first use). */
    private long revision() {
        if (revision == null) {
            revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).getId();
        }
        return revision;
    }

    private static long practiceId(WorkforceProfile profile) {
        Long id = profile.getPractice().getId();
        if (id == null) {
            throw new IllegalStateException("A profile's practice has no id");
        }
        return id;
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
