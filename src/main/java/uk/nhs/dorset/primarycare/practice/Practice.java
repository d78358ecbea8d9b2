package uk.nhs.dorset.primarycare.practice;

import uk.nhs.dorset.primarycare.base.Labelled;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/** A GP practice, identified by its ODS code (such as J81002). */
@Entity
@Table(name = "practice")
@Audited
public class Practice extends AbstractEntity implements Labelled {

    @Column(name = "ods_code", nullable = false, unique = true, length = 10)
    private String odsCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private @Nullable String address;

    @Column(length = 10)
    private @Nullable String postcode;

    @Column(name = "open_date")
    private @Nullable LocalDate openDate;

    @Column(name = "close_date")
    private @Nullable LocalDate closeDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PracticeStatus status = PracticeStatus.OPEN;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private @Nullable Practice mergedInto;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "locality_id")
    private @Nullable Locality locality;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pcn_id")
    private @Nullable Pcn pcn;

    @Column(name = "list_size")
    private @Nullable Integer listSize;

    @Column(name = "list_size_date")
    private @Nullable LocalDate listSizeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "cqc_rating", length = 30)
    private @Nullable CqcRating cqcRating;

    @Column(name = "cqc_rating_date")
    private @Nullable LocalDate cqcRatingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", length = 10)
    private @Nullable ContractType contractType;

    @Column(nullable = false)
    private boolean vulnerable;

    @Column(name = "resilience_programme", nullable = false)
    private boolean resilienceProgramme;

    @Column(name = "vulnerability_reason", length = PracticeForm.REASON_MAX)
    private @Nullable String vulnerabilityReason;

    @ElementCollection
    @CollectionTable(name = "practice_high_impact_action", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 40, nullable = false)
    private Set<HighImpactAction> highImpactActions = EnumSet.noneOf(HighImpactAction.class);

    protected Practice() {
        this.odsCode = "";
        this.name = "";
    }

    public Practice(String odsCode, String name) {
        this.odsCode = odsCode;
        this.name = name;
    }

    /** Closes the practice because its list has moved to the continuing practice. */
    public void mergeInto(Practice continuing, LocalDate date) {
        if (continuing == this) {
            throw new IllegalArgumentException("A practice cannot merge into itself");
        }
        this.status = PracticeStatus.MERGED;
        this.mergedInto = continuing;
        this.closeDate = date;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        this.postcode = postcode;
    }

    public @Nullable LocalDate getOpenDate() {
        return openDate;
    }

    public void setOpenDate(@Nullable LocalDate openDate) {
        this.openDate = openDate;
    }

    public @Nullable LocalDate getCloseDate() {
        return closeDate;
    }

    public void setCloseDate(@Nullable LocalDate closeDate) {
        this.closeDate = closeDate;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public void setStatus(PracticeStatus status) {
        this.status = status;
    }

    public boolean isOpen() {
        return status == PracticeStatus.OPEN;
    }

    public @Nullable Practice getMergedInto() {
        return mergedInto;
    }

    public @Nullable Locality getLocality() {
        return locality;
    }

    public void setLocality(@Nullable Locality locality) {
        this.locality = locality;
    }

    public @Nullable Cluster getCluster() {
        return locality == null ? null : locality.getCluster();
    }

    public @Nullable Pcn getPcn() {
        return pcn;
    }

    public void setPcn(@Nullable Pcn pcn) {
        this.pcn = pcn;
    }

    public @Nullable Integer getListSize() {
        return listSize;
    }

    public @Nullable LocalDate getListSizeDate() {
        return listSizeDate;
    }

    public void setListSize(@Nullable Integer listSize, @Nullable LocalDate asAt) {
        if (listSize != null && listSize < 0) {
            throw new IllegalArgumentException("A list size cannot be negative");
        }
        this.listSize = listSize;
        this.listSizeDate = asAt;
    }

    public @Nullable CqcRating getCqcRating() {
        return cqcRating;
    }

    public @Nullable LocalDate getCqcRatingDate() {
        return cqcRatingDate;
    }

    public void setCqcRating(@Nullable CqcRating rating, @Nullable LocalDate date) {
        this.cqcRating = rating;
        this.cqcRatingDate = date;
    }

    public @Nullable ContractType getContractType() {
        return contractType;
    }

    public void setContractType(@Nullable ContractType contractType) {
        this.contractType = contractType;
    }

    public boolean isVulnerable() {
        return vulnerable;
    }

    public boolean isResilienceProgramme() {
        return resilienceProgramme;
    }

    public @Nullable String getVulnerabilityReason() {
        return vulnerabilityReason;
    }

    /** Flags need a reason, so a reader later knows why the practice was flagged. */
    public void setVulnerability(boolean vulnerable, boolean resilienceProgramme, @Nullable String reason) {
        if ((vulnerable || resilienceProgramme) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Give the reason the practice is flagged");
        }
        this.vulnerable = vulnerable;
        this.resilienceProgramme = resilienceProgramme;
        this.vulnerabilityReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Set<HighImpactAction> getHighImpactActions() {
        return highImpactActions.isEmpty() ? EnumSet.noneOf(HighImpactAction.class) : EnumSet.copyOf(highImpactActions);
    }

    public void setHighImpactActions(Set<HighImpactAction> actions) {
        this.highImpactActions.clear();
        this.highImpactActions.addAll(actions);
    }

    /** "J81002 Orchid House Surgery", as users refer to a practice. */
    @Override
    public String label() {
        return odsCode + " " + name;
    }

    @Override
    public String toString() {
        return label();
    }

    @Override
    public String link() {
        return "practices/" + getOdsCode();
    }
}
