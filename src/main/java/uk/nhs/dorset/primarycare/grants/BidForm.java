package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.base.validation.Money;
import uk.nhs.dorset.primarycare.base.validation.Text;

/**
 * What a user types into a bid. Its field rules are declared on the fields, so the view's
 * binder shows them at the field; {@link #validate} checks them again with the rules that
 * join fields, before any of it is copied onto the bid, so a refused edit leaves nothing
 * half-saved.
 */
public class BidForm {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;
    /** No premises improvement scheme costs more; a bigger figure is a typing slip. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    public static final int MAX_ABATEMENT_YEARS = 30;
    private static final String ABATEMENT_RANGE = "The rent abatement period must be between 0 and " + MAX_ABATEMENT_YEARS + " years";

    private static final String NO_SCHEME_COSTS_MORE = "any premises improvement scheme costs";

    @Text(what = "The scheme title", max = TITLE_MAX, required = true, whenBlank = "Give the scheme a title")
    private String title = "";
    @Text(what = "The description", max = TEXT_MAX)
    private String description = "";
    private @Nullable SchemeType schemeType;
    @Money(what = "The total cost", tooLargeBecause = NO_SCHEME_COSTS_MORE)
    private @Nullable BigDecimal totalCost;
    @Money(what = "The eligible cost", tooLargeBecause = NO_SCHEME_COSTS_MORE)
    private @Nullable BigDecimal eligibleCost;
    private @Nullable BigDecimal grantRate;
    @Money(what = "The requested grant", tooLargeBecause = NO_SCHEME_COSTS_MORE)
    private @Nullable BigDecimal requestedOverride;
    @Text(what = "The reason for the requested grant", max = REASON_MAX)
    private String overrideReason = "";
    @Min(value = 0, message = ABATEMENT_RANGE)
    @Max(value = MAX_ABATEMENT_YEARS, message = ABATEMENT_RANGE)
    private @Nullable Integer rentAbatementYears;
    private @Nullable Tenure tenure;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedCompletion;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualCompletion;
    @Text(what = "The notes", max = TEXT_MAX)
    private String notes = "";

    public static BidForm of(GrantBid bid) {
        BidForm form = new BidForm();
        form.title = bid.getTitle();
        form.description = bid.getDescription();
        form.schemeType = bid.getSchemeType();
        form.totalCost = bid.getTotalCost();
        form.eligibleCost = bid.getEligibleCost();
        form.grantRate = bid.getGrantRate();
        form.requestedOverride = bid.getRequestedOverride();
        form.overrideReason = bid.getOverrideReason();
        form.rentAbatementYears = bid.getRentAbatementYears();
        form.tenure = bid.getTenure();
        form.plannedStart = bid.getPlannedStart();
        form.plannedCompletion = bid.getPlannedCompletion();
        form.actualStart = bid.getActualStart();
        form.actualCompletion = bid.getActualCompletion();
        form.notes = bid.getNotes();
        return form;
    }

    /** Throws with the first problem a user must fix; passes when everything can be saved. */
    public void validate(GrantRules rules) {
        List<String> problems = problems(rules);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
    }

    /** The field rules declared on this form, then the rules that join fields or depend on the programme. */
    public List<String> problems(GrantRules rules) {
        List<String> problems = new ArrayList<>(Forms.problems(this));
        if (totalCost != null && eligibleCost != null && eligibleCost.compareTo(totalCost) > 0) {
            problems.add("The eligible cost (" + Formats.money(eligibleCost) + ") cannot be more than the total cost ("
                    + Formats.money(totalCost) + ")");
        }
        if (grantRate != null && !rules.allows(grantRate)) {
            problems.add("Under the " + rules.label() + " the grant rate must be " + rules.rangeText()
                    + "; " + grantRate.stripTrailingZeros().toPlainString() + "% is outside that");
        }
        if (requestedOverride != null) {
            if (overrideReason.isBlank()) {
                problems.add("Say why the requested grant differs from the eligible cost times the grant rate");
            }
            if (eligibleCost != null && requestedOverride.compareTo(eligibleCost) > 0) {
                problems.add("The requested grant cannot be more than the eligible cost (" + Formats.money(eligibleCost) + ")");
            }
        }
        order(problems, "planned", plannedStart, plannedCompletion);
        order(problems, "actual", actualStart, actualCompletion);
        return problems;
    }

    private static void order(List<String> problems, String which, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("The " + which + " completion date cannot be before the " + which + " start date");
        }
    }

    /** Fields a bid needs before it can be submitted, by the names users see. */
    public List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        if (description.isBlank()) missing.add("description");
        if (schemeType == null) missing.add("scheme type");
        if (totalCost == null) missing.add("total cost");
        if (eligibleCost == null) missing.add("eligible cost");
        if (grantRate == null) missing.add("grant rate");
        if (tenure == null) missing.add("tenure");
        if (plannedStart == null) missing.add("planned start");
        if (plannedCompletion == null) missing.add("planned completion");
        return missing;
    }

    public String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = clean(title); }
    public String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = clean(description); }
    public @Nullable SchemeType getSchemeType() { return schemeType; }
    public void setSchemeType(@Nullable SchemeType schemeType) { this.schemeType = schemeType; }
    public @Nullable BigDecimal getTotalCost() { return totalCost; }
    public void setTotalCost(@Nullable BigDecimal totalCost) { this.totalCost = totalCost; }
    public @Nullable BigDecimal getEligibleCost() { return eligibleCost; }
    public void setEligibleCost(@Nullable BigDecimal eligibleCost) { this.eligibleCost = eligibleCost; }
    public @Nullable BigDecimal getGrantRate() { return grantRate; }
    public void setGrantRate(@Nullable BigDecimal grantRate) { this.grantRate = grantRate; }
    public @Nullable BigDecimal getRequestedOverride() { return requestedOverride; }
    public void setRequestedOverride(@Nullable BigDecimal requestedOverride) { this.requestedOverride = requestedOverride; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(@Nullable String overrideReason) { this.overrideReason = clean(overrideReason); }
    public @Nullable Integer getRentAbatementYears() { return rentAbatementYears; }
    public void setRentAbatementYears(@Nullable Integer rentAbatementYears) { this.rentAbatementYears = rentAbatementYears; }
    public @Nullable Tenure getTenure() { return tenure; }
    public void setTenure(@Nullable Tenure tenure) { this.tenure = tenure; }
    public @Nullable LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(@Nullable LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public @Nullable LocalDate getPlannedCompletion() { return plannedCompletion; }
    public void setPlannedCompletion(@Nullable LocalDate plannedCompletion) { this.plannedCompletion = plannedCompletion; }
    public @Nullable LocalDate getActualStart() { return actualStart; }
    public void setActualStart(@Nullable LocalDate actualStart) { this.actualStart = actualStart; }
    public @Nullable LocalDate getActualCompletion() { return actualCompletion; }
    public void setActualCompletion(@Nullable LocalDate actualCompletion) { this.actualCompletion = actualCompletion; }
    public String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = clean(notes); }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
