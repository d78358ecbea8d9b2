package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;

/**
 * What a user types into a bid: checked as a whole by {@link #validate} before any of it is
 * copied onto the bid, so a refused edit leaves nothing half-saved.
 */
public class BidForm {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;
    /** No premises improvement scheme costs more; a bigger figure is a typing slip. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    public static final int MAX_ABATEMENT_YEARS = 30;

    private String title = "";
    private String description = "";
    private @Nullable SchemeType schemeType;
    private @Nullable BigDecimal totalCost;
    private @Nullable BigDecimal eligibleCost;
    private @Nullable BigDecimal grantRate;
    private @Nullable BigDecimal requestedOverride;
    private String overrideReason = "";
    private @Nullable Integer rentAbatementYears;
    private @Nullable Tenure tenure;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedCompletion;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualCompletion;
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

    public List<String> problems(GrantRules rules) {
        List<String> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add("Give the scheme a title");
        }
        length(problems, "The scheme title", title, TITLE_MAX);
        length(problems, "The description", description, TEXT_MAX);
        length(problems, "The notes", notes, TEXT_MAX);
        length(problems, "The reason for the requested grant", overrideReason, REASON_MAX);
        amount(problems, "The total cost", totalCost);
        amount(problems, "The eligible cost", eligibleCost);
        amount(problems, "The requested grant", requestedOverride);
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
        if (rentAbatementYears != null && (rentAbatementYears < 0 || rentAbatementYears > MAX_ABATEMENT_YEARS)) {
            problems.add("The rent abatement period must be between 0 and " + MAX_ABATEMENT_YEARS + " years");
        }
        order(problems, "planned", plannedStart, plannedCompletion);
        order(problems, "actual", actualStart, actualCompletion);
        return problems;
    }

    private static void length(List<String> problems, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(what + " is " + Formats.number(text.length()) + " characters long; keep it to "
                    + Formats.number(max) + " characters");
        }
    }

    private static void amount(List<String> problems, String what, @Nullable BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            problems.add(what + " must be more than £0");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(what + " of " + Formats.money(amount) + " is more than any premises improvement scheme costs; "
                    + "check the figure (the limit is " + Formats.money(MAX_AMOUNT) + ")");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(what + " must be in pounds and pence");
        }
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
