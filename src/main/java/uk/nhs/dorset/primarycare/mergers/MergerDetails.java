package uk.nhs.dorset.primarycare.mergers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user edits on a merger case, apart from its status: the form binds to this and the
 * service applies it to the case in one go, so a refused save changes nothing.
 */
public class MergerDetails {

    private String title = "";
    private @Nullable LocalDate proposedMergerDate;
    private @Nullable MergerReason reason;
    private @Nullable String vulnerabilityEvidence;
    private @Nullable BigDecimal fundingAmount;
    private @Nullable FundingSource fundingSource;
    private @Nullable LocalDate mergerPackIssuedOn;
    private boolean legalSupport;
    private @Nullable String expertSupport;
    private @Nullable Integer engagementEvents;
    private @Nullable LocalDate lettersSentOn;
    private @Nullable LocalDate riskStratifiedOn;
    private @Nullable String engagementNotes;
    private @Nullable LocalDate pcseNotifiedOn;
    private @Nullable String caseNotes;
    private List<MergerParty> parties = new ArrayList<>();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
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
        this.vulnerabilityEvidence = vulnerabilityEvidence;
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
        this.expertSupport = expertSupport;
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
        this.engagementNotes = engagementNotes;
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
        this.caseNotes = caseNotes;
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
