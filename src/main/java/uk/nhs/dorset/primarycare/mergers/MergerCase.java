package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import uk.nhs.dorset.primarycare.base.files.FileRef;
import uk.nhs.dorset.primarycare.base.workflow.Guards;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.practice.ContractType;

/**
 * A request for support to merge two or more practices into one continuing contract. The case
 * records the practices as they were, the support package, the six-area action plan and the
 * patient engagement; its status moves only through {@link #move}, which picks the verb.
 */
@Entity
@Table(name = "merger_case")
@Audited
public class MergerCase extends WorkflowRecord<MergerStatus> {

    /** Primary Care Support England must hear of a merger at least six weeks before it. */
    public static final int PCSE_NOTICE_DAYS = 42;

    @Column(name = "title", length = MergerDetails.TITLE_MAX, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private MergerStatus status = MergerStatus.ENQUIRY;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 30, nullable = false)
    private MergerReason reason;

    @AuditLabel("Locality")
    @Column(name = "locality_name", length = 100)
    private @Nullable String localityName;

    @Column(name = "combined_list_size", nullable = false)
    private int combinedListSize;

    @Column(name = "proposed_merger_date")
    private @Nullable LocalDate proposedMergerDate;

    @Column(name = "merger_date")
    private @Nullable LocalDate mergerDate;

    @Column(name = "vulnerability_evidence", length = MergerDetails.LONG_TEXT_MAX)
    private @Nullable String vulnerabilityEvidence;

    @AuditLabel("Resilience funding")
    @Column(name = "funding_amount", precision = 12, scale = 2)
    private @Nullable BigDecimal fundingAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 20)
    private @Nullable FundingSource fundingSource;

    @Column(name = "merger_pack_issued_on")
    private @Nullable LocalDate mergerPackIssuedOn;

    @Column(name = "legal_support", nullable = false)
    private boolean legalSupport;

    @Column(name = "expert_support", length = MergerDetails.TEXT_MAX)
    private @Nullable String expertSupport;

    @AuditLabel("Engagement events held")
    @Column(name = "engagement_events")
    private @Nullable Integer engagementEvents;

    @AuditLabel("Letters to patients sent on")
    @Column(name = "letters_sent_on")
    private @Nullable LocalDate lettersSentOn;

    @AuditLabel("Patients risk stratified on")
    @Column(name = "risk_stratified_on")
    private @Nullable LocalDate riskStratifiedOn;

    @Column(name = "engagement_notes", length = MergerDetails.TEXT_MAX)
    private @Nullable String engagementNotes;

    @AuditLabel("PCSE notified on")
    @Column(name = "pcse_notified_on")
    private @Nullable LocalDate pcseNotifiedOn;

    @Column(name = "case_notes", length = MergerDetails.LONG_TEXT_MAX)
    private @Nullable String caseNotes;

    // In batches of the cases loaded, not by subselect: a subselect repeats the query without its
    // limit, so a grid page of 50 cases read the parties of every case its filter selects.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "merger_case_practice", joinColumns = @JoinColumn(name = "merger_case_id"))
    @OrderColumn(name = "seq")
    private List<MergerParty> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "merger_case_action", joinColumns = @JoinColumn(name = "merger_case_id"))
    @OrderColumn(name = "seq")
    private List<ActionPlanItem> actions = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "merger_case_status_change", joinColumns = @JoinColumn(name = "merger_case_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    // Eager like the other collections: the case view shows its papers alongside everything else.
    // Attaching a paper does not bump the case version, so it never makes someone's unsaved
    // edits to the case details a conflict.
    @NotAudited
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "mergerCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("file.uploadedAt, id")
    private List<MergerAttachment> attachments = new ArrayList<>();

    protected MergerCase() {
        this.title = "";
        this.reason = MergerReason.RESILIENCE;
    }

    /** A new enquiry; its history starts with who recorded it. */
    public MergerCase(MergerDetails details, Actor actor, Instant now) {
        this();
        for (ActionArea area : ActionArea.values()) {
            actions.add(ActionPlanItem.notStarted(area));
        }
        apply(details);
        started(MergerStatus.ENQUIRY, new Move(actor, now, null));
    }

    // ---- editing -------------------------------------------------------------------------

    /** The case can be edited until the commissioner has decided it. */
    public boolean isEditable() {
        return status.isOpen() && status != MergerStatus.APPROVED;
    }

    /** The practices are fixed once the application has gone to the commissioner. */
    public boolean arePartiesEditable() {
        return status.compareTo(MergerStatus.APPLICATION) < 0;
    }

    /** Applies the user's edits, all or nothing: every check runs before any field changes. */
    public void apply(MergerDetails d) {
        if (!isEditable()) {
            throw new IllegalStateException("A case that is " + status.inSentence() + " can no longer be edited");
        }
        List<String> problems = d.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        checkParties(d.getParties());
        if (!arePartiesEditable() && !sameParties(d.getParties())) {
            throw new IllegalStateException("The practices cannot change once the application has gone to the commissioner");
        }
        Map<ActionArea, ActionPlanItem> byArea = new EnumMap<>(ActionArea.class);
        for (ActionPlanItem item : actions) {
            byArea.put(item.getArea(), item);
        }
        for (ActionPlanItem item : d.getActions()) {
            byArea.put(item.getArea(), item);
        }
        // problems() has refused a missing reason already.
        MergerReason newReason = Objects.requireNonNull(d.getReason());
        BigDecimal amount = d.getFundingAmount();

        this.title = d.getTitle();
        this.reason = newReason;
        this.proposedMergerDate = d.getProposedMergerDate();
        this.vulnerabilityEvidence = d.getVulnerabilityEvidence();
        this.fundingAmount = amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
        this.fundingSource = d.getFundingSource();
        this.mergerPackIssuedOn = d.getMergerPackIssuedOn();
        this.legalSupport = d.isLegalSupport();
        this.expertSupport = d.getExpertSupport();
        this.engagementEvents = d.getEngagementEvents();
        this.lettersSentOn = d.getLettersSentOn();
        this.riskStratifiedOn = d.getRiskStratifiedOn();
        this.engagementNotes = d.getEngagementNotes();
        this.pcseNotifiedOn = d.getPcseNotifiedOn();
        this.caseNotes = d.getCaseNotes();
        if (arePartiesEditable()) {
            this.parties.clear();
            this.parties.addAll(d.getParties());
            this.combinedListSize = parties.stream().mapToInt(p -> p.getListSize() == null ? 0 : p.getListSize()).sum();
        }
        this.actions.clear();
        for (ActionArea area : ActionArea.values()) {
            this.actions.add(byArea.getOrDefault(area, ActionPlanItem.notStarted(area)));
        }
    }

    /** Two or more different practices, exactly one of which keeps its contract. */
    static void checkParties(List<MergerParty> parties) {
        if (parties.size() < 2) {
            throw new IllegalArgumentException("A merger needs at least two practices");
        }
        Set<String> seen = new HashSet<>();
        for (MergerParty p : parties) {
            if (!seen.add(p.getOdsCode())) {
                throw new IllegalArgumentException(p.label() + " is listed twice");
            }
        }
        long continuing = parties.stream().filter(MergerParty::isContinuing).count();
        if (continuing != 1) {
            throw new IllegalArgumentException("Mark exactly one practice as the continuing contract (" + continuing + " marked)");
        }
    }

    private boolean sameParties(List<MergerParty> other) {
        return partyKeys(parties).equals(partyKeys(other));
    }

    private static List<String> partyKeys(List<MergerParty> list) {
        return list.stream().map(p -> p.getOdsCode() + "|" + p.isContinuing() + "|" + p.getContractType() + "|" + p.getListSize()).toList();
    }

    /** The locality the merged practice will sit in, kept for filtering the case list. */
    void setLocalityName(@Nullable String localityName) {
        this.localityName = localityName;
    }

    // ---- derived ------------------------------------------------------------------------

    public MergerParty continuing() {
        return parties.stream().filter(MergerParty::isContinuing).findFirst()
                .orElseThrow(() -> new IllegalStateException("The case has no continuing practice"));
    }

    public List<MergerParty> absorbed() {
        return parties.stream().filter(p -> !p.isContinuing()).toList();
    }

    /** Why these contracts cannot merge as set up, if they cannot: an APMS contract cannot be absorbed by a GMS one. */
    public Optional<String> contractProblem() {
        return contractProblem(parties);
    }

    /** The same rule for practices still being chosen on a form. */
    public static Optional<String> contractProblem(List<MergerParty> parties) {
        List<MergerParty> continuingParties = parties.stream().filter(MergerParty::isContinuing).toList();
        if (continuingParties.size() != 1 || continuingParties.getFirst().getContractType() != ContractType.GMS) {
            return Optional.empty();
        }
        MergerParty continuing = continuingParties.getFirst();
        List<String> apms = parties.stream().filter(p -> !p.isContinuing() && p.getContractType() == ContractType.APMS)
                .map(MergerParty::label).toList();
        if (apms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("An APMS contract cannot merge into a GMS contract: " + String.join(", ", apms)
                + " (APMS) cannot be absorbed by " + continuing.label() + " (GMS). Make the APMS practice the continuing contract or vary its contract first");
    }

    public List<ActionPlanItem> openActions() {
        return actions.stream().filter(a -> !a.getStatus().isSettled()).toList();
    }

    /** The last day PCSE can be told for the proposed merger date. */
    public Optional<LocalDate> pcseDeadline() {
        return Optional.ofNullable(proposedMergerDate).map(d -> d.minusDays(PCSE_NOTICE_DAYS));
    }

    // ---- workflow verbs -----------------------------------------------------------------

    /** Runs the verb for a move to {@code target}; the views offer targets from {@link MergerStatus#allowedNext}. */
    @Override
    public void move(MergerStatus target, Move move) {
        switch (target) {
            // Nothing leads back to enquiry: the table refuses it like any other move it lacks.
            case ADVISORY_REVIEW, DUE_DILIGENCE, ENQUIRY -> moveTo(target, move);
            case SUPPORT_AGREED -> agreeSupport(move);
            case APPLICATION -> submitApplication(move);
            case APPROVED -> approve(move);
            case DECLINED -> moveTo(MergerStatus.DECLINED, move, () -> move.reason("Say why the application is declined"));
            case COMPLETED -> complete(move);
            case WITHDRAWN -> moveTo(MergerStatus.WITHDRAWN, move, () -> move.reason("Say why the case is withdrawn"));
        }
    }

    private void agreeSupport(Move move) {
        moveTo(MergerStatus.SUPPORT_AGREED, move, () -> {
            boolean funded = fundingAmount != null && fundingAmount.signum() > 0;
            TransitionNotAllowed.require(funded || mergerPackIssuedOn != null || legalSupport || expertSupport != null,
                    "Agree support needs a support package: resilience funding with its source, a merger pack issued, or legal/expert support");
        });
    }

    private void submitApplication(Move move) {
        moveTo(MergerStatus.APPLICATION, move, () -> {
            Guards guards = contractsCanMerge();
            List<String> unknown = parties.stream().filter(p -> p.getListSize() == null || p.getContractType() == null)
                    .map(MergerParty::label).toList();
            guards.require(unknown.isEmpty(),
                    "The application needs each practice's contract type and list size; missing for %s", String.join(", ", unknown));
            guards.require(proposedMergerDate != null, "The application needs the proposed merger date");
            List<String> open = openActions().stream().map(a -> a.getArea().label() + " (" + a.getStatus().inSentence() + ")").toList();
            guards.require(open.isEmpty(),
                    "The application needs every action plan area complete or marked not needed; still open: %s", String.join(", ", open));
            guards.check();
        });
    }

    private void approve(Move move) {
        moveTo(MergerStatus.APPROVED, move, () -> {
            Guards guards = contractsCanMerge();
            LocalDate proposed = proposedMergerDate;
            LocalDate told = pcseNotifiedOn;
            if (guards.require(proposed != null, "Approval needs the proposed merger date")) {
                LocalDate deadline = proposed.minusDays(PCSE_NOTICE_DAYS);
                if (guards.require(told != null,
                        "Primary Care Support England must be notified at least six weeks before the merger date: record the date PCSE was told (by %s for a merger on %s)",
                        Formats.date(deadline), Formats.date(proposed))) {
                    guards.require(!told.isAfter(deadline),
                            "Primary Care Support England was told on %s, less than six weeks before the merger date %s: they must be told by %s, so move the merger date to %s or later",
                            Formats.date(told), Formats.date(proposed), Formats.date(deadline), Formats.date(told.plusDays(PCSE_NOTICE_DAYS)));
                }
            }
            guards.check();
        });
    }

    /**
     * Marks the merger done on its proposed date, and not before it: the practice records change
     * the moment the case completes, so an early completion would show a merger that has not happened.
     * The service records the merger on the practice records in the same transaction, so the two never disagree.
     */
    private void complete(Move move) {
        moveTo(MergerStatus.COMPLETED, move, () -> {
            Guards guards = contractsCanMerge();
            LocalDate proposed = proposedMergerDate;
            if (guards.require(proposed != null, "Completion needs the merger date")) {
                guards.require(!LocalDate.ofInstant(move.at(), Formats.ZONE).isBefore(proposed),
                        "The merger cannot be completed before its merger date: it completes on %s", Formats.date(proposed));
            }
            guards.check();
            this.mergerDate = proposed;
        });
    }

    /**
     * The day the case can be completed, while it is approved and that day is still to come
     * ({@code today} in UK time): what the case view shows as "completes on".
     */
    public Optional<LocalDate> completesOn(LocalDate today) {
        LocalDate proposed = proposedMergerDate;
        return status == MergerStatus.APPROVED && proposed != null && today.isBefore(proposed) ? Optional.of(proposed) : Optional.empty();
    }

    private Guards contractsCanMerge() {
        Guards guards = new Guards();
        contractProblem().ifPresent(guards::unmet);
        return guards;
    }

    @Override
    protected void writeStatus(MergerStatus target) {
        this.status = target;
    }

    @Override
    protected List<StatusChange> historyRows() {
        return history;
    }

    @Override
    public String kind() {
        return MergerService.FEATURE;
    }

    @Override
    public String noun() {
        return "case";
    }

    @Override
    public String link() {
        return "mergers/" + getId();
    }

    // ---- the rule across cases ----------------------------------------------------------

    /**
     * A practice can be in only one open case: refuses when any of this case's practices is in
     * another open case, naming that case so the user can find it.
     */
    public static void requireNotInOtherOpenCase(MergerParty party, Collection<MergerCase> openCasesWithPractice, @Nullable Long selfId) {
        for (MergerCase other : openCasesWithPractice) {
            if (other.getId() == null || !other.getId().equals(selfId)) {
                throw new IllegalArgumentException(party.label() + " is already in open merger case #" + other.getId()
                        + " \"" + other.getTitle() + "\" (" + other.getStatus().inSentence()
                        + "); a practice can be in only one open merger case");
            }
        }
    }

    // ---- getters ------------------------------------------------------------------------

    public String getTitle() {
        return title;
    }

    @Override
    public MergerStatus getStatus() {
        return status;
    }

    public MergerReason getReason() {
        return reason;
    }

    public @Nullable String getLocalityName() {
        return localityName;
    }

    public int getCombinedListSize() {
        return combinedListSize;
    }

    public @Nullable LocalDate getProposedMergerDate() {
        return proposedMergerDate;
    }

    public @Nullable LocalDate getMergerDate() {
        return mergerDate;
    }

    public @Nullable String getVulnerabilityEvidence() {
        return vulnerabilityEvidence;
    }

    public @Nullable BigDecimal getFundingAmount() {
        return fundingAmount;
    }

    public @Nullable FundingSource getFundingSource() {
        return fundingSource;
    }

    public @Nullable LocalDate getMergerPackIssuedOn() {
        return mergerPackIssuedOn;
    }

    public boolean isLegalSupport() {
        return legalSupport;
    }

    public @Nullable String getExpertSupport() {
        return expertSupport;
    }

    public @Nullable Integer getEngagementEvents() {
        return engagementEvents;
    }

    public @Nullable LocalDate getLettersSentOn() {
        return lettersSentOn;
    }

    public @Nullable LocalDate getRiskStratifiedOn() {
        return riskStratifiedOn;
    }

    public @Nullable String getEngagementNotes() {
        return engagementNotes;
    }

    public @Nullable LocalDate getPcseNotifiedOn() {
        return pcseNotifiedOn;
    }

    public @Nullable String getCaseNotes() {
        return caseNotes;
    }

    public List<MergerParty> getParties() {
        return List.copyOf(parties);
    }

    public List<ActionPlanItem> getActions() {
        return List.copyOf(actions);
    }

    public List<MergerAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /** Records a paper already checked and stored; papers may be added in any state. */
    MergerAttachment addAttachment(MergerAttachmentKind kind, FileRef file) {
        MergerAttachment attachment = new MergerAttachment(this, kind, file);
        attachments.add(attachment);
        return attachment;
    }

    /** "#3 West Moors options appraisal", as users refer to a case. */
    @Override
    public String label() {
        return label(getId(), title);
    }

    static String label(@Nullable Long id, String title) {
        return "#" + id + " " + title;
    }

    public String practicesLabel() {
        return parties.stream().map(p -> p.getPracticeName() + (p.isContinuing() ? " (continuing)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** When the case entered a status, for the timeline. */
    public Optional<Instant> enteredAt(MergerStatus s) {
        return history.stream().filter(h -> h.getToStatus().equals(s.name())).map(StatusChange::getChangedAt).reduce((a, b) -> b);
    }
}
