package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import uk.nhs.dorset.primarycare.base.workflow.Guards;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;

import static uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed.require;

/**
 * An ETTF capital project and its business case pipeline. Its stage changes only through
 * {@link #move}, which hands each target to the verb that guards it; every verb ends in
 * {@code moveTo}, which checks the table once and writes the history. Every move also updates
 * the stage records, which are never removed, so a revised PID or a spell on the shelf leaves
 * the earlier route readable.
 */
@Entity
@Table(name = "ettf_project")
@Audited
public class EttfProject extends WorkflowRecord<ProjectStage> {

    /** ETTF was extended from March 2019 to March 2020: the default end of the funding programme. */
    public static final LocalDate PROGRAMME_END = LocalDate.of(2020, 3, 31);

    @Column(name = "name", nullable = false, length = ProjectDetails.NAME_MAX)
    private String name;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "ettf_project_practice", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<Practice> practices = new LinkedHashSet<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "locality_id")
    private @Nullable Locality locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_organisation", nullable = false, length = 30)
    private LeadOrganisation leadOrganisation = LeadOrganisation.CCG;

    @Column(name = "lead_organisation_name", length = ProjectDetails.NAME_MAX)
    private @Nullable String leadOrganisationName;

    @AuditLabel("Project type")
    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 20)
    private ProjectType type = ProjectType.NEW_BUILD;

    @Column(name = "capital_value", precision = 12, scale = 2)
    private @Nullable BigDecimal capitalValue;

    @AuditLabel("ETTF share")
    @Column(name = "ettf_share", precision = 12, scale = 2)
    private @Nullable BigDecimal ettfShare;

    @AuditLabel("Annual revenue consequences")
    @Column(name = "annual_revenue_cost", precision = 12, scale = 2)
    private @Nullable BigDecimal annualRevenueCost;

    @Column(name = "revenue_borne_by", length = ProjectDetails.NAME_MAX)
    private @Nullable String revenueBorneBy;

    @AuditLabel("Funding programme end")
    @Column(name = "programme_end_date", nullable = false)
    private LocalDate programmeEndDate = PROGRAMME_END;

    @AuditLabel("RAG")
    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 10)
    private Rag rag = Rag.GREEN;

    @AuditLabel("RAG reason")
    @Column(name = "rag_reason", length = ProjectDetails.TEXT_MAX)
    private @Nullable String ragReason;

    @AuditLabel("Feasibility % complete")
    @Column(name = "feasibility_percent")
    private @Nullable Integer feasibilityPercent;

    @Column(name = "next_steps", length = ProjectDetails.TEXT_MAX)
    private @Nullable String nextSteps;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 40)
    private ProjectStage stage = ProjectStage.FEASIBILITY;

    @AuditLabel("On hold from")
    @Enumerated(EnumType.STRING)
    @Column(name = "held_from", length = 40)
    private @Nullable ProjectStage heldFrom;

    @Column(name = "closed_reason", length = 2000)
    private @Nullable String closedReason;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "seq", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private List<StageRecord> stageRecords = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "seq", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private List<ProjectIssue> issues = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "seq", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private List<ProjectDocument> documents = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ettf_project_status_change", joinColumns = @JoinColumn(name = "ettf_project_id"))
    @OrderColumn(name = "seq")
    @Fetch(FetchMode.SUBSELECT)
    private List<StatusChange> history = new ArrayList<>();

    protected EttfProject() {
        this.name = "";
    }

    /** A new project starts at feasibility, entered on the day it is created. */
    @SuppressWarnings("this-escape")
    public EttfProject(String name, ProjectType type, LeadOrganisation leadOrganisation, Actor by, Instant at) {
        setName(name);
        this.type = type;
        this.leadOrganisation = leadOrganisation;
        stageRecords.add(new StageRecord(ProjectStage.FEASIBILITY, null, day(at), null));
        started(ProjectStage.FEASIBILITY, new Move(by, at, "Project created"));
    }

    // ---- workflow -------------------------------------------------------------------------

    /** The moves this actor may make now; off the shelf only back to the stage it left. */
    @Override
    public Set<ProjectStage> allowedNext(Actor actor) {
        Set<ProjectStage> allowed = new LinkedHashSet<>(stage.allowedNext(actor));
        if (stage == ProjectStage.ON_HOLD) {
            allowed.removeIf(target -> target != ProjectStage.CLOSED && target != heldFrom);
        }
        return allowed;
    }

    /**
     * Makes the move the user picked, through the verb that owns its rules: a hold and a
     * closure are known by their target; off the shelf is a resume; a PID sent back is a
     * revised PID; at the panel it is the panel's decision; anything else is a step.
     */
    @Override
    public void move(ProjectStage target, Move move) {
        switch (target) {
            case ON_HOLD -> putOnHold(move);
            case CLOSED -> close(move);
            default -> {
                if (stage == ProjectStage.ON_HOLD) {
                    resume(target, move);
                } else if (target == ProjectStage.PID_SUBMITTED && stage != ProjectStage.FEASIBILITY) {
                    revisePid(move);
                } else if (stage == ProjectStage.NHSE_PANEL) {
                    recordPanelDecision(target, move);
                } else {
                    advance(target, move);
                }
            }
        }
    }

    private static final String RECOMMENDER_MAY_NOT_APPROVE = "You sent this project to the NHS England panel, "
            + "so another estates lead or a manager must record the panel's approval";

    /** Who sent the case to the panel last: the one person who may not record its approval. */
    public Optional<String> sentToPanelBy() {
        return history.reversed().stream().filter(c -> c.getToStatus().equals(ProjectStage.NHSE_PANEL.name()))
                .map(StatusChange::getChangedBy).findFirst();
    }

    /** Said next to the actions while this actor, having sent the case to the panel, may not record its approval. */
    public Optional<String> signOffNotice(Actor actor) {
        return stage == ProjectStage.NHSE_PANEL && sentToPanelBy().filter(actor.username()::equals).isPresent()
                ? Optional.of(RECOMMENDER_MAY_NOT_APPROVE) : Optional.empty();
    }

    /** A step along the main or combined route, or a case returned for rework. */
    private void advance(ProjectStage target, Move move) {
        moveTo(target, move, () -> enter(target, move));
    }

    /**
     * The panel approved, or refused the case back to the business case (refusal to closure is
     * {@link #close}). Capital needs two people: whoever sent the case to the panel does not
     * also record its approval; a refusal commits nothing, so they may record that.
     */
    private void recordPanelDecision(ProjectStage target, Move move) {
        moveTo(target, move, () -> {
            Guards guards = new Guards();
            if (target == ProjectStage.APPROVED) {
                guards.require(sentToPanelBy().filter(move.by().username()::equals).isEmpty(), RECOMMENDER_MAY_NOT_APPROVE);
            }
            guards.check();
            enter(target, move);
        });
    }

    /** The scope changed: back to PID review with the reason, keeping every earlier stage record. */
    private void revisePid(Move move) {
        // Said before the table's refusal, which would not tell the user why building rules it out.
        require(stage.isBeforeConstruction(),
                "A revised PID is possible only after the PID and before construction starts; this project is %s",
                stage.inSentence());
        // The history keeps the user's words as they typed them; the stage's notes say which PID it was.
        moveTo(ProjectStage.PID_SUBMITTED, move, () -> {
            String reason = move.reason("A revised PID needs the reason the scope changed");
            enter(ProjectStage.PID_SUBMITTED, move, "Revised PID: " + reason);
        });
    }

    /** On the shelf, e.g. while capital is secured; remembers where to resume. */
    private void putOnHold(Move move) {
        moveTo(ProjectStage.ON_HOLD, move, () -> {
            move.reason("Say why the project goes on hold");
            ProjectStage from = stage;
            enter(ProjectStage.ON_HOLD, move);
            heldFrom = from;
        });
    }

    /** Off the shelf, back to exactly the stage it was held at. */
    private void resume(ProjectStage target, Move move) {
        moveTo(target, move, () -> {
            require(target == heldFrom, "A project on hold resumes at the stage it left (%s), not %s",
                    heldFrom == null ? "unknown" : heldFrom.inSentence(), target.inSentence());
            enter(target, move);
            heldFrom = null;
        });
    }

    /** Closed for good, with the reason. */
    private void close(Move move) {
        moveTo(ProjectStage.CLOSED, move, () -> {
            String reason = move.reason("Closing a project needs the reason");
            enter(ProjectStage.CLOSED, move);
            closedReason = reason;
            heldFrom = null;
        });
    }

    /**
     * The stage records of a move: the stage left gets its decision, the stage entered (a
     * planned record if there is one) its date and the move's comment. Runs after the guards.
     */
    private void enter(ProjectStage target, Move move) {
        enter(target, move, move.comment());
    }

    /** The same, with the note the stage record keeps for the move. */
    private void enter(ProjectStage target, Move move, @Nullable String note) {
        ProjectStage from = stage;
        currentRecord().ifPresent(record -> record.decided(decisionText(from, target), move.by().username()));
        StageRecord entered = stageRecords.stream()
                .filter(r -> r.getStage() == target && r.isPending())
                .findFirst()
                .orElseGet(() -> {
                    StageRecord record = new StageRecord(target, null, null, null);
                    stageRecords.add(record);
                    return record;
                });
        entered.entered(day(move.at()), note);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Formats.ZONE);
    }

    private static String decisionText(ProjectStage from, ProjectStage to) {
        return switch (to) {
            case ON_HOLD -> "Put on hold";
            case CLOSED -> from == ProjectStage.NHSE_PANEL ? "Refused by panel; closed" : "Closed";
            case PID_SUBMITTED -> from == ProjectStage.FEASIBILITY ? "PID submitted" : "Revised PID";
            case APPROVED -> "Approved by panel";
            default -> from == ProjectStage.NHSE_PANEL ? "Refused by panel; back to " + to.inSentence()
                    : from == ProjectStage.ON_HOLD ? "Resumed" : "Moved to " + to.inSentence();
        };
    }

    @Override
    public ProjectStage getStatus() {
        return stage;
    }

    @Override
    protected void writeStatus(ProjectStage target) {
        stage = target;
    }

    @Override
    protected List<StatusChange> historyRows() {
        return history;
    }

    @Override
    public String kind() {
        return EttfService.FEATURE;
    }

    @Override
    public String noun() {
        return "project";
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String link() {
        return "estates/" + getId();
    }

    /** The record of the stage the project is in now: the last one entered. */
    public Optional<StageRecord> currentRecord() {
        StageRecord found = null;
        for (StageRecord record : stageRecords) {
            if (!record.isPending() && record.getStage() == stage) {
                found = record;
            }
        }
        return Optional.ofNullable(found);
    }

    // ---- planning and milestones ----------------------------------------------------------

    /** Plans (or re-plans) when a stage not yet reached is expected. */
    public void planStage(ProjectStage planned, LocalDate plannedDate) {
        TransitionNotAllowed.require(planned != ProjectStage.ON_HOLD && planned != ProjectStage.CLOSED,
                "Only pipeline stages can be planned");
        TransitionNotAllowed.require(stage.isOpen() || stage == ProjectStage.ON_HOLD,
                "A project that is %s has nothing left to plan", stage.inSentence());
        stageRecords.stream()
                .filter(r -> r.getStage() == planned && r.isPending())
                .findFirst()
                .ifPresentOrElse(r -> r.replan(plannedDate),
                        () -> stageRecords.add(new StageRecord(planned, plannedDate, null, null)));
    }

    /** Sets the planned date on a stage already reached, for the timeline's planned-vs-actual view. */
    void setPlannedDateOfReached(ProjectStage reached, LocalDate plannedDate) {
        currentOrLast(reached).ifPresent(r -> r.replan(plannedDate));
    }

    private Optional<StageRecord> currentOrLast(ProjectStage of) {
        StageRecord found = null;
        for (StageRecord record : stageRecords) {
            if (record.getStage() == of && !record.isPending()) {
                found = record;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The next expected stage: the earliest planned record not yet reached, while the project moves. */
    public Optional<StageRecord> nextMilestone() {
        return StageRecord.nextMilestone(stage, stageRecords);
    }

    /** Days from today to the next milestone; negative when it is overdue. */
    public Optional<Long> daysToNextMilestone(LocalDate today) {
        return nextMilestone().map(r -> ChronoUnit.DAYS.between(today, r.getPlannedDate()));
    }

    public boolean isOverdue(LocalDate today) {
        return nextMilestone().map(r -> r.isOverdue(today)).orElse(false);
    }

    // ---- issues and documents -------------------------------------------------------------

    ProjectIssue logIssue(LocalDate raisedOn, String description, @Nullable String owner) {
        ProjectIssue issue = new ProjectIssue(raisedOn, description.strip(), owner);
        issues.add(issue);
        return issue;
    }

    void attach(ProjectDocument document) {
        documents.add(document);
    }

    // ---- details --------------------------------------------------------------------------

    /** The field rules of the details are {@link ProjectDetails}' constraints, checked by the service. */
    public void setName(String name) {
        this.name = name.strip();
    }

    /** RAG with its reason; red always needs one so the board can say what is wrong. */
    public void setRag(Rag rag, @Nullable String reason) {
        if (rag == Rag.RED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A red RAG status needs a reason");
        }
        this.rag = rag;
        this.ragReason = StageRecord.blankToNull(reason);
    }

    public void setFeasibility(@Nullable Integer percent, @Nullable String nextSteps) {
        this.feasibilityPercent = percent;
        this.nextSteps = StageRecord.blankToNull(nextSteps);
    }

    public void setMoney(@Nullable BigDecimal capitalValue, @Nullable BigDecimal ettfShare,
                         @Nullable BigDecimal annualRevenueCost, @Nullable String revenueBorneBy) {
        if (capitalValue != null && ettfShare != null && ettfShare.compareTo(capitalValue) > 0) {
            throw new IllegalArgumentException("The ETTF share cannot be more than the capital value");
        }
        this.capitalValue = capitalValue;
        this.ettfShare = ettfShare;
        this.annualRevenueCost = annualRevenueCost;
        this.revenueBorneBy = StageRecord.blankToNull(revenueBorneBy);
    }

    public void setPractices(Set<Practice> practices) {
        this.practices = new LinkedHashSet<>(practices);
    }

    public void setLocality(@Nullable Locality locality) {
        this.locality = locality;
    }

    public void setLead(LeadOrganisation leadOrganisation, @Nullable String leadOrganisationName) {
        this.leadOrganisation = leadOrganisation;
        this.leadOrganisationName = StageRecord.blankToNull(leadOrganisationName);
    }

    public void setType(ProjectType type) {
        this.type = type;
    }

    public void setProgrammeEndDate(LocalDate programmeEndDate) {
        this.programmeEndDate = programmeEndDate;
    }

    public String getName() {
        return name;
    }

    public Set<Practice> getPractices() {
        return Collections.unmodifiableSet(practices);
    }

    public @Nullable Locality getLocality() {
        return locality;
    }

    public LeadOrganisation getLeadOrganisation() {
        return leadOrganisation;
    }

    public @Nullable String getLeadOrganisationName() {
        return leadOrganisationName;
    }

    /** "NHS trust: Dorset HealthCare" or just the kind when no name is given. */
    public String leadLabel() {
        return leadOrganisationName == null ? leadOrganisation.label() : leadOrganisation.label() + ": " + leadOrganisationName;
    }

    public ProjectType getType() {
        return type;
    }

    public @Nullable BigDecimal getCapitalValue() {
        return capitalValue;
    }

    public @Nullable BigDecimal getEttfShare() {
        return ettfShare;
    }

    public @Nullable BigDecimal getAnnualRevenueCost() {
        return annualRevenueCost;
    }

    public @Nullable String getRevenueBorneBy() {
        return revenueBorneBy;
    }

    public LocalDate getProgrammeEndDate() {
        return programmeEndDate;
    }

    public Rag getRag() {
        return rag;
    }

    public @Nullable String getRagReason() {
        return ragReason;
    }

    public @Nullable Integer getFeasibilityPercent() {
        return feasibilityPercent;
    }

    public @Nullable String getNextSteps() {
        return nextSteps;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public @Nullable ProjectStage getHeldFrom() {
        return heldFrom;
    }

    public @Nullable String getClosedReason() {
        return closedReason;
    }

    public List<StageRecord> getStageRecords() {
        return Collections.unmodifiableList(stageRecords);
    }

    public List<ProjectIssue> getIssues() {
        return Collections.unmodifiableList(issues);
    }

    public List<ProjectDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    /** "On hold (from OBC approved)" and the like, for badges. */
    public String stageLabel() {
        return stage == ProjectStage.ON_HOLD && heldFrom != null
                ? "On hold (from " + heldFrom.inSentence() + ")" : stage.label();
    }
}
