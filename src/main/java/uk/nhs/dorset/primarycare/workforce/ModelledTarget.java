package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.practice.Locality;

/**
 * The workforce a locality should have in one staff group according to one iteration of the
 * ICPCS workforce model ("v7"); practices' shares follow their share of the locality's list.
 */
@Entity
@Table(name = "workforce_target")
public class ModelledTarget extends AbstractEntity {

    private static final BigDecimal MAX = new BigDecimal("99999");

    @Column(name = "model_version", nullable = false, length = 20)
    private String modelVersion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "locality_id", nullable = false)
    private Locality locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_group", nullable = false, length = 30)
    private StaffGroup staffGroup;

    @Column(name = "target_fte", nullable = false, precision = 10, scale = 2)
    private BigDecimal targetFte;

    protected ModelledTarget() {
        this.modelVersion = "";
        this.locality = null;
        this.staffGroup = StaffGroup.GP;
        this.targetFte = BigDecimal.ZERO;
    }

    public ModelledTarget(String modelVersion, Locality locality, StaffGroup staffGroup, BigDecimal targetFte) {
        String version = modelVersion == null ? "" : modelVersion.strip();
        if (version.isEmpty() || version.length() > 20) {
            throw new IllegalArgumentException("Give the model version (up to 20 characters), e.g. v7");
        }
        this.modelVersion = version;
        this.locality = locality;
        this.staffGroup = staffGroup;
        setTargetFte(targetFte);
    }

    public void setTargetFte(BigDecimal fte) {
        if (fte == null || fte.signum() < 0 || fte.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("A target FTE must be between 0 and 99,999");
        }
        this.targetFte = fte.setScale(2, RoundingMode.HALF_UP);
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public Locality getLocality() {
        return locality;
    }

    public StaffGroup getStaffGroup() {
        return staffGroup;
    }

    public BigDecimal getTargetFte() {
        return targetFte;
    }
}
