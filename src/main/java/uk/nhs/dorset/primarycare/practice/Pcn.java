package uk.nhs.dorset.primarycare.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/** A Primary Care Network (ODS code such as U02749). */
@Entity
@Table(name = "pcn")
public class Pcn extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "locality_id")
    private @Nullable Locality locality;

    protected Pcn() {
        this.code = "";
        this.name = "";
    }

    public Pcn(String code, String name, @Nullable Locality locality) {
        this.code = code;
        this.name = name;
        this.locality = locality;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void setLocality(@Nullable Locality locality) {
        this.locality = locality;
    }

    public @Nullable Locality getLocality() {
        return locality;
    }

    @Override
    public String toString() {
        return name;
    }
}
