package uk.nhs.dorset.primarycare.programme;

import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.FinancialYear;

/**
 * The figures behind one year's locality allocation of the transformation fund: the total for
 * local deployment, the baseline per locality, and each locality's practice population at the
 * census date. The table itself is always computed from these, never stored, so it cannot
 * drift from its inputs.
 */
@Entity
@Table(name = "allocation_scenario")
@Audited
public class AllocationScenario extends AbstractEntity {

    /** No locality allocation is anywhere near £100m; a bigger figure is a typing slip. */
    public static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100_000_000);

    @Embeddable
    public static class Population {
        @Column(name = "locality_name", length = 100, nullable = false)
        private String locality = "";

        @Column(name = "population", nullable = false)
        private int population;

        protected Population() {
        }

        public Population(String locality, int population) {
            this.locality = locality;
            this.population = population;
        }

        public String getLocality() { return locality; }
        public int getPopulation() { return population; }
    }

    @Column(name = "fy_start", nullable = false)
    @AuditLabel("Financial year starting")
    private int fyStart;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "total_amount", precision = 12, scale = 2, nullable = false)
    private BigDecimal totalAmount;

    @Column(name = "baseline_amount", precision = 12, scale = 2, nullable = false)
    private BigDecimal baselineAmount;

    @Column(name = "census_date", nullable = false)
    private LocalDate censusDate;

    @Column(name = "notes", length = 2000)
    private @Nullable String notes;

    /** The published year is the CCG's decision: it is shown, not remodelled. */
    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "updated_by", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "allocation_population", joinColumns = @JoinColumn(name = "scenario_id"))
    @OrderColumn(name = "seq")
    private List<Population> populations = new ArrayList<>();

    protected AllocationScenario() {
        this.name = "";
        this.totalAmount = BigDecimal.ZERO;
        this.baselineAmount = BigDecimal.ZERO;
        this.censusDate = LocalDate.EPOCH;
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    public AllocationScenario(FinancialYear year, String name, boolean published) {
        this();
        this.fyStart = year.startYear();
        this.name = name;
        this.published = published;
    }

    /** Replaces the figures; the whole allocation is checked before anything changes. */
    public void setFigures(String name, BigDecimal total, BigDecimal baseline, LocalDate censusDate,
                           List<FundAllocation.LocalityPopulation> populations, @Nullable String notes,
                           String by, Instant at) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("Give the scenario a name of at most 100 characters");
        }
        checkPounds(total, "Total for local deployment");
        checkPounds(baseline, "Baseline per locality");
        if (notes != null && notes.length() > 2000) {
            throw new IllegalArgumentException("Notes can be at most 2,000 characters");
        }
        // Refuses impossible figures (baselines above the total) before anything is changed.
        FundAllocation.allocate(total.longValueExact(), baseline.longValueExact(), populations);
        this.name = trimmed;
        this.totalAmount = total;
        this.baselineAmount = baseline;
        this.censusDate = censusDate;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.populations.clear();
        populations.forEach(p -> this.populations.add(new Population(p.locality(), p.population())));
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static void checkPounds(BigDecimal amount, String what) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " cannot be negative");
        }
        if (amount.compareTo(MAX_TOTAL) > 0) {
            throw new IllegalArgumentException(what + " looks too high: at most £100,000,000");
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(what + " is allocated in whole pounds");
        }
    }

    public FundAllocation.Table allocate() {
        return FundAllocation.allocate(totalAmount.longValueExact(), baselineAmount.longValueExact(),
                populations.stream().map(p -> new FundAllocation.LocalityPopulation(p.getLocality(), p.getPopulation())).toList());
    }

    public FinancialYear getYear() { return new FinancialYear(fyStart); }
    public String getName() { return name; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public BigDecimal getBaselineAmount() { return baselineAmount; }
    public LocalDate getCensusDate() { return censusDate; }
    public @Nullable String getNotes() { return notes; }
    public boolean isPublished() { return published; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<Population> getPopulations() { return List.copyOf(populations); }

    public String title() {
        return getYear() + " — " + name;
    }

    @Override
    public String link() {
        return "programme/allocation";
    }
}
