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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;

/**
 * An ETTF capital project and its business case pipeline. Only {@link #moveTo} writes the
 * stage; every move appends to the status history and to the stage records, which are never
 * removed, so a revised PID or a spell on the shelf leaves the earlier route readable.
 */
@Entity
@Table(name = "ettf_project")
public class EttfProject extends AbstractEntity {

    /** ETTF was extended from March 2019 to March 2020: the default end of the funding programme. */
    public static final LocalDate PROGRAMME_END = LocalDate.of(2020, 3, 31);
    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "ettf_project_practice", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<Practice> practices = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "locality_id")
    private @Nullable Locality locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_organisation", nullable = false, length = 30)
    private LeadOrganisation leadOrganisation = LeadOrganisation.CCG;

    @Column(name = "lead_organisation_name", length = 200)
    private @Nullable String leadOrganisationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 20)
    private ProjectType type = ProjectType.NEW_BUILD;

    @Column(name = "capital_value", precision = 12, scale = 2)
    private @Nullable BigDecimal capitalValue;

    @Column(name = "ettf_share", precision = 12, scale = 2)
    private @Nullable BigDecimal ettfShare;

    @Column(name = "annual_revenue_cost", precision = 12, scale = 2)
    private @Nullable BigDecimal annualRevenueCost;

    @Column(name = "revenue_borne_by", length = 200)
    private @Nullable String revenueBorneBy;

    @Column(name = "programme_end_date", nullable = false)
    private LocalDate programmeEndDate = PROGRAMME_END;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 10)
    private Rag rag = Rag.GREEN;

    @Column(name = "rag_reason", length = 2000)
    private @Nullable String ragReason;

    @Column(name = "feasibility_percent")
    private @Nullable Integer feasibilityPercent;

    @Column(name = "next_steps", length = 2000)
    private @Nullable String nextSteps;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 40)
    private ProjectStage stage = ProjectStage.FEASIBILITY;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from", length = 40)
    private @Nullable ProjectStage heldFrom;

    @Column(name = "closed_reason", length = 2000)
    private @Nullable String closedReason;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "seq", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private List<StageRecord> stageRecords = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "seq", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private List<ProjectIssue> issues = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "seq", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private List<ProjectDocument> documents = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ettf_project_status_change", joinColumns = @JoinColumn(name = "ettf_project_id"))
    @OrderColumn(name = "seq")
    @Fetch(FetchMode.SUBSELECT)
    private List<StatusChange> history = new ArrayList<>();

    protected EttfProject() {
        this.name = "";
    }

    /** A new project starts at feasibility, entered on {@code today}. */
    public EttfProject(String name, ProjectType type, LeadOrganisation leadOrganisation, String createdBy, Instant now, LocalDate today) {
        setName(name);
        this.type = type;
        this.leadOrganisation = leadOrganisation;
        stageRecords.add(new StageRecord(ProjectStage.FEASIBILITY, null, today, null));
        history.add(new StatusChange(null, ProjectStage.FEASIBILITY, createdBy, now, "Project created"));
    }

    // ---- workflow -------------------------------------------------------------------------

    /** The moves this actor may make now; off the shelf only back to the stage it left. */
    public Set<ProjectStage> allowedNext(Actor actor) {
        Set<ProjectStage> allowed = new LinkedHashSet<>(stage.allowedNext(actor));
        if (stage == ProjectStage.ON_HOLD) {
            allowed.removeIf(target -> target != ProjectStage.CLOSED && target != heldFrom);
        }
        return allowed;
    }

    /**
     * Makes the move the user picked, through the verb that owns its rules.
     *
     * @param comment the reason or note that goes into the history and the stage record
     */
    public void move(ProjectStage target, Actor actor, @Nullable String comment, Instant now, LocalDate today) {
        if (target == ProjectStage.PID_SUBMITTED && stage != ProjectStage.FEASIBILITY && stage != ProjectStage.ON_HOLD) {
            revisePid(actor, comment, now, today);
        } else if (target == ProjectStage.ON_HOLD) {
            putOnHold(actor, comment, now, today);
        } else if (stage == ProjectStage.ON_HOLD && target != ProjectStage.CLOSED) {
            resume(target, actor, comment, now, today);
        } else if (target == ProjectStage.CLOSED) {
            close(actor, comment, now, today);
        } else if (stage == ProjectStage.NHSE_PANEL) {
            recordPanelDecision(target, actor, comment, now, today);
        } else {
            advance(target, actor, comment, now, today);
        }
    }

    /** A step along the main or combined route, or a case returned for rework. */
    public void advance(ProjectStage target, Actor actor, @Nullable String comment, Instant now, LocalDate today) {
        TransitionNotAllowed.require(stage.isOpen(), "A project that is %s cannot move; %s", stage.label().toLowerCase(),
                stage == ProjectStage.ON_HOLD ? "resume it first" : "it has finished");
        TransitionNotAllowed.require(target.isOpen() || target == ProjectStage.COMPLETE,
                "Use put on hold or close for that move");
        TransitionNotAllowed.require(!(target == ProjectStage.PID_SUBMITTED && stage != ProjectStage.FEASIBILITY),
                "A PID sent back for review is a revised PID: give the reason for the scope change");
        TransitionNotAllowed.require(stage != ProjectStage.NHSE_PANEL, "Record the NHS England panel's decision instead");
        moveTo(target, actor, comment, now, today);
    }

    /** The panel approved, refused back to the business case, or refused outright. */
    public void recordPanelDecision(ProjectStage target, Actor actor, @Nullable String comment, Instant now, LocalDate today) {
        TransitionNotAllowed.require(stage == ProjectStage.NHSE_PANEL,
                "Only a project at the NHS England panel has a panel decision to record; this one is %s", stage.label().toLowerCase());
        if (target == ProjectStage.CLOSED) {
            close(actor, comment, now, today);
            return;
        }
        moveTo(target, actor, comment, now, today);
    }

    /** The scope changed: back to PID review with the reason, keeping every earlier stage record. */
    public void revisePid(Actor actor, @Nullable String reason, Instant now, LocalDate today) {
        TransitionNotAllowed.require(stage.isBeforeConstruction() && stage != ProjectStage.FEASIBILITY,
                "A revised PID is possible only after the PID and before construction starts; this project is %s",
                stage.label().toLowerCase());
        TransitionNotAllowed.require(reason != null && !reason.isBlank(), "A revised PID needs the reason the scope changed");
        moveTo(ProjectStage.PID_SUBMITTED, actor, "Revised PID: " + reason.strip(), now, today);
    }

    /** On the shelf, e.g. while capital is secured; remembers where to resume. */
    public void putOnHold(Actor actor, @Nullable String reason, Instant now, LocalDate today) {
        TransitionNotAllowed.require(stage.isOpen(), "Only an open project can go on hold; this one is %s", stage.label().toLowerCase());
        TransitionNotAllowed.require(reason != null && !reason.isBlank(), "Say why the project goes on hold");
        ProjectStage from = stage;
        moveTo(ProjectStage.ON_HOLD, actor, reason, now, today);
        heldFrom = from;
    }

    /** Off the shelf, back to exactly the stage it was held at. */
    public void resume(ProjectStage target, Actor actor, @Nullable String comment, Instant now, LocalDate today) {
        TransitionNotAllowed.require(stage == ProjectStage.ON_HOLD, "Only a project on hold can be resumed");
        TransitionNotAllowed.require(target == heldFrom,
                "A project on hold resumes at the stage it left (%s), not %s",
                heldFrom == null ? "unknown" : heldFrom.label().toLowerCase(), target.label().toLowerCase());
        moveTo(target, actor, comment, now, today);
        heldFrom = null;
    }

    /** Closed for good, with the reason. */
    public void close(Actor actor, @Nullable String reason, Instant now, LocalDate today) {
        TransitionNotAllowed.require(stage.isOpen() || stage == ProjectStage.ON_HOLD,
                "A project that is %s cannot be closed", stage.label().toLowerCase());
        TransitionNotAllowed.require(reason != null && !reason.isBlank(), "Closing a project needs the reason");
        moveTo(ProjectStage.CLOSED, actor, reason, now, today);
        closedReason = reason.strip();
        heldFrom = null;
    }

    private void moveTo(ProjectStage target, Actor actor, @Nullable String comment, Instant now, LocalDate today) {
        stage.checkMove(target, actor);
        ProjectStage from = stage;
        currentRecord().ifPresent(record -> record.decided(decisionText(from, target), actor.username()));
        StageRecord entered = stageRecords.stream()
                .filter(r -> r.getStage() == target && r.isPending())
                .findFirst()
                .orElseGet(() -> {
                    StageRecord record = new StageRecord(target, null, null, null);
                    stageRecords.add(record);
                    return record;
                });
        entered.entered(today, comment);
        stage = target;
        history.add(new StatusChange(from, target, actor.username(), now, comment));
    }

    private static String decisionText(ProjectStage from, ProjectStage to) {
        return switch (to) {
            case ON_HOLD -> "Put on hold";
            case CLOSED -> from == ProjectStage.NHSE_PANEL ? "Refused by panel; closed" : "Closed";
            case PID_SUBMITTED -> from == ProjectStage.FEASIBILITY ? "PID submitted" : "Revised PID";
            case APPROVED -> "Approved by panel";
            default -> from == ProjectStage.NHSE_PANEL ? "Refused by panel; back to " + to.label().toLowerCase()
                    : from == ProjectStage.ON_HOLD ? "Resumed" : "Moved to " + to.label().toLowerCase();
        };
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
                "A project that is %s has nothing left to plan", stage.label().toLowerCase());
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
        if (!stage.isOpen()) {
            return Optional.empty();
        }
        return stageRecords.stream()
                .filter(r -> r.isPending() && r.getPlannedDate() != null)
                .min(Comparator.comparing(StageRecord::getPlannedDate));
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

    public void setName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the project a name");
        }
        if (name.strip().length() > 200) {
            throw new IllegalArgumentException("The name is longer than 200 characters");
        }
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
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("Feasibility complete is a percentage from 0 to 100");
        }
        this.feasibilityPercent = percent;
        this.nextSteps = StageRecord.blankToNull(nextSteps);
    }

    public void setMoney(@Nullable BigDecimal capitalValue, @Nullable BigDecimal ettfShare,
                         @Nullable BigDecimal annualRevenueCost, @Nullable String revenueBorneBy) {
        checkAmount(capitalValue, "Capital value");
        checkAmount(ettfShare, "ETTF share");
        checkAmount(annualRevenueCost, "Annual revenue consequences");
        if (capitalValue != null && ettfShare != null && ettfShare.compareTo(capitalValue) > 0) {
            throw new IllegalArgumentException("The ETTF share cannot be more than the capital value");
        }
        this.capitalValue = capitalValue;
        this.ettfShare = ettfShare;
        this.annualRevenueCost = annualRevenueCost;
        this.revenueBorneBy = StageRecord.blankToNull(revenueBorneBy);
    }

    private static void checkAmount(@Nullable BigDecimal amount, String what) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0)) {
            throw new IllegalArgumentException(what + " must be between £0 and £9,999,999,999");
        }
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

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** "On hold (from OBC approved)" and the like, for badges. */
    public String stageLabel() {
        return stage == ProjectStage.ON_HOLD && heldFrom != null
                ? "On hold (from " + heldFrom.label().toLowerCase() + ")" : stage.label();
    }
}
