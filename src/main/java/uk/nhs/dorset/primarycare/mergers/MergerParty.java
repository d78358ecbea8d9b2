package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.practice.ContractType;

/**
 * One practice in a merger case, as it stood when the case was written: its contract and list
 * size are recorded here because the practice record changes when the merger completes.
 * Its rules are declared on the fields and checked with the case's other details on save.
 */
@Embeddable
@Audited
public class MergerParty {

    public static final int MAX_LIST_SIZE = 200_000;
    private static final String LIST_SIZE_RANGE = "A list size must be between 0 and 200,000";

    @NotBlank(message = "Choose the practice")
    @Column(name = "ods_code", length = 10, nullable = false)
    private String odsCode;

    @Column(name = "practice_name", length = 200, nullable = false)
    private String practiceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", length = 10)
    private @Nullable ContractType contractType;

    @Min(value = 0, message = LIST_SIZE_RANGE)
    @Max(value = MAX_LIST_SIZE, message = LIST_SIZE_RANGE)
    @Column(name = "list_size")
    private @Nullable Integer listSize;

    @Column(name = "continuing", nullable = false)
    private boolean continuing;

    protected MergerParty() {
        this.odsCode = "";
        this.practiceName = "";
    }

    public MergerParty(String odsCode, String practiceName, @Nullable ContractType contractType,
                       @Nullable Integer listSize, boolean continuing) {
        this.odsCode = odsCode.strip().toUpperCase();
        this.practiceName = practiceName;
        this.contractType = contractType;
        this.listSize = listSize;
        this.continuing = continuing;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getPracticeName() {
        return practiceName;
    }

    public @Nullable ContractType getContractType() {
        return contractType;
    }

    public @Nullable Integer getListSize() {
        return listSize;
    }

    public boolean isContinuing() {
        return continuing;
    }

    public String label() {
        return odsCode + " " + practiceName;
    }

    // A value: an unchanged practice row is equal to itself, so saving a case records no change for it.
    @Override
    public boolean equals(Object other) {
        return other instanceof MergerParty p && odsCode.equals(p.odsCode) && practiceName.equals(p.practiceName)
                && contractType == p.contractType && Objects.equals(listSize, p.listSize) && continuing == p.continuing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(odsCode, practiceName, contractType, listSize, continuing);
    }
}
