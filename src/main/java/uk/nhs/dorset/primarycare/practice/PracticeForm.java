package uk.nhs.dorset.primarycare.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.base.validation.Text;

/**
 * What the team types into a practice record. Field rules are declared on the fields so the
 * view's binder shows them at the field; {@link #problems} checks them again, with the rules
 * that join fields, before the service copies anything onto the practice.
 */
public class PracticeForm {

    /** The length of {@code practice.vulnerability_reason}. */
    public static final int REASON_MAX = 2000;

    @Nullable
    private String locality;
    /** The network's code. */
    @Nullable
    private String pcn;
    @Nullable
    private ContractType contract;
    private boolean vulnerable;
    private boolean resilience;
    @Text(what = "The reason for the flags", max = REASON_MAX)
    private String reason = "";
    private Set<HighImpactAction> actions = EnumSet.noneOf(HighImpactAction.class);
    @Nullable
    private CqcRating cqc;
    @Nullable
    private LocalDate cqcDate;

    public static PracticeForm of(Practice p) {
        return of(PracticeEdit.of(p));
    }

    public static PracticeForm of(PracticeEdit edit) {
        PracticeForm form = new PracticeForm();
        form.locality = edit.localityName();
        form.pcn = edit.pcnCode();
        form.contract = edit.contractType();
        form.vulnerable = edit.vulnerable();
        form.resilience = edit.resilienceProgramme();
        form.setReason(edit.flagReason());
        form.setActions(edit.highImpactActions());
        form.cqc = edit.cqcRating();
        form.cqcDate = edit.cqcRatingDate();
        return form;
    }

    public PracticeEdit toEdit() {
        return new PracticeEdit(locality, pcn, contract, vulnerable, resilience, reason.isBlank() ? null : reason, actions,
                cqc, cqcDate);
    }

    /** A flag without a reason leaves a later reader guessing why the practice was flagged. */
    public static @Nullable String reasonProblem(boolean flagged, @Nullable String reason) {
        return flagged && (reason == null || reason.isBlank()) ? "Give the reason the practice is flagged" : null;
    }

    public static @Nullable String ratingDateProblem(@Nullable CqcRating rating, @Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            return null;
        }
        if (date.isAfter(today)) {
            return "The CQC rating date cannot be in the future";
        }
        return rating == null ? "Choose the CQC rating the date belongs to" : null;
    }

    /** The declared field rules, then the rules that join fields; empty when the form can be saved. */
    public List<String> problems(LocalDate today) {
        List<String> problems = new ArrayList<>(Forms.problems(this));
        add(problems, reasonProblem(vulnerable || resilience, reason));
        add(problems, ratingDateProblem(cqc, cqcDate, today));
        return problems;
    }

    private static void add(List<String> problems, @Nullable String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    public @Nullable String getLocality() { return locality; }
    public void setLocality(@Nullable String locality) { this.locality = locality; }
    public @Nullable String getPcn() { return pcn; }
    public void setPcn(@Nullable String pcn) { this.pcn = pcn; }
    public @Nullable ContractType getContract() { return contract; }
    public void setContract(@Nullable ContractType contract) { this.contract = contract; }
    public boolean isVulnerable() { return vulnerable; }
    public void setVulnerable(boolean vulnerable) { this.vulnerable = vulnerable; }
    public boolean isResilience() { return resilience; }
    public void setResilience(boolean resilience) { this.resilience = resilience; }
    public String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason == null ? "" : reason; }
    public Set<HighImpactAction> getActions() { return EnumSet.copyOf(actions); }
    public void setActions(@Nullable Set<HighImpactAction> actions) {
        this.actions = actions == null || actions.isEmpty() ? EnumSet.noneOf(HighImpactAction.class) : EnumSet.copyOf(actions);
    }
    public @Nullable CqcRating getCqc() { return cqc; }
    public void setCqc(@Nullable CqcRating cqc) { this.cqc = cqc; }
    public @Nullable LocalDate getCqcDate() { return cqcDate; }
    public void setCqcDate(@Nullable LocalDate cqcDate) { this.cqcDate = cqcDate; }
}
