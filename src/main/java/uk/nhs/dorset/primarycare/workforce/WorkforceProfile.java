package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import uk.nhs.dorset.primarycare.base.workflow.Guards;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.practice.Practice;

/**
 * One practice's workforce at one snapshot date: headcount and FTE per role. A role with no
 * line, or a line with a null figure, was not supplied; totals and ratios built from it say
 * so (null) instead of treating it as zero. Its validation status changes only through
 * {@link #move}, which hands each target to the verb that guards it.
 */
@Entity
@Table(name = "workforce_profile")
@Audited
public class WorkforceProfile extends WorkflowRecord<ProfileStatus> {

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false)
    private Practice practice;

    @Column(name = "snapshot_date", nullable = false)
    private LocalDate snapshotDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProfileStatus status = ProfileStatus.DRAFT;

    @Column(name = "registered_patients")
    private @Nullable Integer registeredPatients;

    @AuditLabel("Data source")
    @Column(name = "data_source", nullable = false, length = 100)
    private String source;

    @Column(name = "query_comment", length = 2000)
    private @Nullable String queryComment;

    /** Audited with the profile; {@link FigureChanges} reads its history role by role. */
    @ElementCollection
    @CollectionTable(name = "workforce_profile_line", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "staff_role", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<StaffRole, RoleFigures> lines = new EnumMap<>(StaffRole.class);

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "workforce_profile_status_change", joinColumns = @JoinColumn(name = "workforce_profile_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    protected WorkforceProfile() {
        this.practice = null;
        this.snapshotDate = LocalDate.EPOCH;
        this.source = "";
    }

    @SuppressWarnings("this-escape")
    public WorkforceProfile(Practice practice, LocalDate snapshotDate, String source, Actor createdBy, Instant at) {
        this.practice = practice;
        this.snapshotDate = snapshotDate;
        this.source = source;
        started(ProfileStatus.DRAFT, new Move(createdBy, at, "Created from " + source));
    }

    // ---- figures ----

    /** Replaces one role's figures; only a draft or queried profile may change. */
    public void setFigures(StaffRole role, @Nullable Integer headcount, @Nullable BigDecimal fte) {
        TransitionNotAllowed.require(status.isEditable(),
                "This profile is %s: figures change only in a draft or a queried profile", status.label().toLowerCase());
        RoleFigures figures = new RoleFigures(headcount, fte);
        if (figures.isEmpty()) {
            lines.remove(role);
        } else {
            lines.put(role, figures);
        }
    }

    public void setRegisteredPatients(@Nullable Integer patients) {
        TransitionNotAllowed.require(status.isEditable(),
                "This profile is %s: figures change only in a draft or a queried profile", status.label().toLowerCase());
        if (patients != null && patients < 0) {
            throw new IllegalArgumentException("Registered patients cannot be negative");
        }
        this.registeredPatients = patients;
    }

    /** Replaces every figure with a newer import of the same snapshot (draft only). */
    public void replaceFigures(Map<StaffRole, RoleFigures> figures, @Nullable Integer patients, String newSource) {
        TransitionNotAllowed.require(status == ProfileStatus.DRAFT,
                "This profile is %s: an import replaces only draft profiles", status.label().toLowerCase());
        lines.clear();
        figures.forEach((role, f) -> {
            if (!f.isEmpty()) {
                lines.put(role, f);
            }
        });
        this.registeredPatients = patients;
        this.source = newSource;
    }

    public @Nullable RoleFigures figures(StaffRole role) {
        return lines.get(role);
    }

    public @Nullable BigDecimal fte(StaffRole role) {
        RoleFigures f = lines.get(role);
        return f == null ? null : f.fte();
    }

    public @Nullable Integer headcount(StaffRole role) {
        RoleFigures f = lines.get(role);
        return f == null ? null : f.headcount();
    }

    /** The lines summed by staff group, with the patients-per-FTE ratios, as the grid rows have them. */
    public GroupTotals totals() {
        return GroupTotals.of(lines, registeredPatients);
    }

    /** Sum of the group's supplied role FTEs; null when none of its roles was supplied. */
    public @Nullable BigDecimal groupFte(StaffGroup group) {
        return totals().fte(group);
    }

    public @Nullable Integer groupHeadcount(StaffGroup group) {
        return totals().headcount(group);
    }

    /** Supplied FTE per group; a group that was not supplied has no entry. */
    public Map<StaffGroup, BigDecimal> groupFtes() {
        return totals().ftes();
    }

    /** GPs, nurses and direct patient care together; null unless all three were supplied. */
    public @Nullable BigDecimal clinicalFte() {
        return totals().clinicalFte();
    }

    public @Nullable BigDecimal patientsPerGpFte() {
        return totals().patientsPerGpFte();
    }

    public @Nullable BigDecimal patientsPerClinicalFte() {
        return totals().patientsPerClinicalFte();
    }

    // ---- workflow ----

    /** The feature's name as users see it, on events and the dashboard. */
    public static final String KIND = "Workforce profile";

    /** What the history says of a re-circulation when the team typed nothing. */
    static final String RECIRCULATED = "Re-circulated after the query";

    @Override
    public void move(ProfileStatus target, Move move) {
        switch (target) {
            case CIRCULATED -> circulate(move);
            case VALIDATED -> validate(move);
            case QUERIED -> query(move);
            case DRAFT -> moveTo(target, move);
        }
    }

    /** Only the profile's own practice (or the team speaking for it) validates or queries it. */
    @Override
    public Set<ProfileStatus> allowedNext(Actor actor) {
        return allowedNext(status, practice.getOdsCode(), actor);
    }

    /** The moves an actor may make on a profile of this practice at this status, as rows read without the entity ask. */
    static Set<ProfileStatus> allowedNext(ProfileStatus status, String odsCode, Actor actor) {
        Set<ProfileStatus> allowed = new LinkedHashSet<>(status.allowedNext(actor));
        if (!actor.maySeePractice(odsCode)) {
            allowed.removeAll(EnumSet.of(ProfileStatus.VALIDATED, ProfileStatus.QUERIED));
        }
        return allowed;
    }

    /** Sends the profile to the practice's locality for validation (again, after a query). */
    private void circulate(Move move) {
        Move recorded = status == ProfileStatus.QUERIED && move.comment() == null
                ? new Move(move.by(), move.at(), RECIRCULATED, move.inputs())
                : move;
        moveTo(ProfileStatus.CIRCULATED, recorded, () -> TransitionNotAllowed.require(!lines.isEmpty(),
                "Enter at least one role's figures before circulating the profile"));
    }

    private void validate(Move move) {
        moveTo(ProfileStatus.VALIDATED, move, () -> requireOwnPractice(move.by(), "validate"));
    }

    private void query(Move move) {
        moveTo(ProfileStatus.QUERIED, move, () -> {
            Guards guards = new Guards();
            guards.require(move.by().maySeePractice(practice.getOdsCode()),
                    "Only %s's own practice manager may query its profile", practice.getOdsCode());
            guards.require(move.comment() != null, "Say what is wrong with the profile so the team can correct it");
            guards.check();
            queryComment = move.comment();
        });
    }

    private void requireOwnPractice(Actor actor, String verb) {
        TransitionNotAllowed.require(actor.maySeePractice(practice.getOdsCode()),
                "Only %s's own practice manager may %s its profile", practice.getOdsCode(), verb);
    }

    @Override
    protected void writeStatus(ProfileStatus target) {
        status = target;
    }

    @Override
    protected List<StatusChange> historyRows() {
        return history;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String noun() {
        return "profile";
    }

    @Override
    public String link() {
        return "workforce/" + practice.getOdsCode();
    }

    @Override
    public String practiceOdsCode() {
        return practice.getOdsCode();
    }

    // ---- accessors ----

    public Practice getPractice() {
        return practice;
    }

    public String getOdsCode() {
        return practice.getOdsCode();
    }

    public LocalDate getSnapshotDate() {
        return snapshotDate;
    }

    @Override
    public ProfileStatus getStatus() {
        return status;
    }

    public @Nullable Integer getRegisteredPatients() {
        return registeredPatients;
    }

    public String getSource() {
        return source;
    }

    public @Nullable String getQueryComment() {
        return queryComment;
    }

    public Map<StaffRole, RoleFigures> getLines() {
        Map<StaffRole, RoleFigures> copy = new EnumMap<>(StaffRole.class);
        copy.putAll(lines);
        return copy;
    }

    /** "J81002 Orchid House Surgery, 30/09/2017" as users refer to a profile. */
    @Override
    public String label() {
        return label(practice.getOdsCode(), practice.getName(), snapshotDate);
    }

    static String label(String odsCode, String practiceName, LocalDate snapshotDate) {
        return odsCode + " " + practiceName + ", " + uk.nhs.dorset.primarycare.base.Formats.date(snapshotDate);
    }
}
