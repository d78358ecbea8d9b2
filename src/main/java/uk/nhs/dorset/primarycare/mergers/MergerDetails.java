package uk.nhs.dorset.primarycare.mergers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.base.validation.Money;
import uk.nhs.dorset.primarycare.base.validation.Text;

/**
 * What a user edits on a merger case, apart from its status: the form binds to this and the
 * case applies it in one go, so a refused save changes nothing. Its field rules are declared
 * on the fields (the view's binder shows them at the field, {@link #problems} checks them
 * again on save); the lengths are the columns' lengths.
 */
public class MergerDetails {

    public static final int TITLE_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int TEXT_MAX = 2000;
    public static final int MAX_EVENTS = 1000;
    private static final String EVENTS_RANGE = "Engagement events must be between 0 and 1,000";

    @Text(what = "The title", max = TITLE_MAX, required = true, whenBlank = "Give the case a title")
    private String title = "";
    private @Nullable LocalDate proposedMergerDate;
    @NotNull(message = "Choose the reason for the merger")
    private @Nullable MergerReason reason;
    @Text(what = "The vulnerability evidence", max = LONG_TEXT_MAX)
    private @Nullable String vulnerabilityEvidence;
    @Money(what = "Resilience funding", zeroAllowed = true, tooLargeBecause = "any merger support package")
    private @Nullable BigDecimal fundingAmount;
    private @Nullable FundingSource fundingSource;
    private @Nullable LocalDate mergerPackIssuedOn;
    private boolean legalSupport;
    @Text(what = "The expert support", max = TEXT_MAX)
    private @Nullable String expertSupport;
    @Min(value = 0, message = EVENTS_RANGE)
    @Max(value = MAX_EVENTS, message = EVENTS_RANGE)
    private @Nullable Integer engagementEvents;
    private @Nullable LocalDate lettersSentOn;
    private @Nullable LocalDate riskStratifiedOn;
    @Text(what = "The engagement notes", max = TEXT_MAX)
    private @Nullable String engagementNotes;
    private @Nullable LocalDate pcseNotifiedOn;
    @Text(what = "The case notes", max = LONG_TEXT_MAX)
    private @Nullable String caseNotes;
    @EachRow
    private List<MergerParty> parties = new ArrayList<>();
    @EachRow
    private List<ActionPlanItem> actions = new ArrayList<>();

    public static MergerDetails of(MergerCase c) {
        MergerDetails d = new MergerDetails();
        d.title = c.getTitle();
        d.proposedMergerDate = c.getProposedMergerDate();
        d.reason = c.getReason();
        d.vulnerabilityEvidence = c.getVulnerabilityEvidence();
        d.fundingAmount = c.getFundingAmount();
        d.fundingSource = c.getFundingSource();
        d.mergerPackIssuedOn = c.getMergerPackIssuedOn();
        d.legalSupport = c.isLegalSupport();
        d.expertSupport = c.getExpertSupport();
        d.engagementEvents = c.getEngagementEvents();
        d.lettersSentOn = c.getLettersSentOn();
        d.riskStratifiedOn = c.getRiskStratifiedOn();
        d.engagementNotes = c.getEngagementNotes();
        d.pcseNotifiedOn = c.getPcseNotifiedOn();
        d.caseNotes = c.getCaseNotes();
        d.parties = new ArrayList<>(c.getParties());
        d.actions = new ArrayList<>(c.getActions());
        return d;
    }

    /** The field rules declared here, then the one that joins fields: funding needs its source. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(Forms.problems(this));
        if (fundingAmount != null && fundingAmount.signum() > 0 && fundingSource == null) {
            problems.add("Say where the resilience funding comes from");
        }
        return problems;
    }

    /** Stripped, and empty as null, so lengths are counted as saved. */
    static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title.strip();
    }

    public @Nullable LocalDate getProposedMergerDate() {
        return proposedMergerDate;
    }

    public void setProposedMergerDate(@Nullable LocalDate proposedMergerDate) {
        this.proposedMergerDate = proposedMergerDate;
    }

    public @Nullable MergerReason getReason() {
        return reason;
    }

    public void setReason(@Nullable MergerReason reason) {
        this.reason = reason;
    }

    public @Nullable String getVulnerabilityEvidence() {
        return vulnerabilityEvidence;
    }

    public void setVulnerabilityEvidence(@Nullable String vulnerabilityEvidence) {
        this.vulnerabilityEvidence = tidy(vulnerabilityEvidence);
    }

    public @Nullable BigDecimal getFundingAmount() {
        return fundingAmount;
    }

    public void setFundingAmount(@Nullable BigDecimal fundingAmount) {
        this.fundingAmount = fundingAmount;
    }

    public @Nullable FundingSource getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(@Nullable FundingSource fundingSource) {
        this.fundingSource = fundingSource;
    }

    public @Nullable LocalDate getMergerPackIssuedOn() {
        return mergerPackIssuedOn;
    }

    public void setMergerPackIssuedOn(@Nullable LocalDate mergerPackIssuedOn) {
        this.mergerPackIssuedOn = mergerPackIssuedOn;
    }

    public boolean isLegalSupport() {
        return legalSupport;
    }

    public void setLegalSupport(boolean legalSupport) {
        this.legalSupport = legalSupport;
    }

    public @Nullable String getExpertSupport() {
        return expertSupport;
    }

    public void setExpertSupport(@Nullable String expertSupport) {
        this.expertSupport = tidy(expertSupport);
    }

    public @Nullable Integer getEngagementEvents() {
        return engagementEvents;
    }

    public void setEngagementEvents(@Nullable Integer engagementEvents) {
        this.engagementEvents = engagementEvents;
    }

    public @Nullable LocalDate getLettersSentOn() {
        return lettersSentOn;
    }

    public void setLettersSentOn(@Nullable LocalDate lettersSentOn) {
        this.lettersSentOn = lettersSentOn;
    }

    public @Nullable LocalDate getRiskStratifiedOn() {
        return riskStratifiedOn;
    }

    public void setRiskStratifiedOn(@Nullable LocalDate riskStratifiedOn) {
        this.riskStratifiedOn = riskStratifiedOn;
    }

    public @Nullable String getEngagementNotes() {
        return engagementNotes;
    }

    public void setEngagementNotes(@Nullable String engagementNotes) {
        this.engagementNotes = tidy(engagementNotes);
    }

    public @Nullable LocalDate getPcseNotifiedOn() {
        return pcseNotifiedOn;
    }

    public void setPcseNotifiedOn(@Nullable LocalDate pcseNotifiedOn) {
        this.pcseNotifiedOn = pcseNotifiedOn;
    }

    public @Nullable String getCaseNotes() {
        return caseNotes;
    }

    public void setCaseNotes(@Nullable String caseNotes) {
        this.caseNotes = tidy(caseNotes);
    }

    public List<MergerParty> getParties() {
        return parties;
    }

    public void setParties(List<MergerParty> parties) {
        this.parties = new ArrayList<>(parties);
    }

    public List<ActionPlanItem> getActions() {
        return actions;
    }

    public void setActions(List<ActionPlanItem> actions) {
        this.actions = new ArrayList<>(actions);
    }
}
