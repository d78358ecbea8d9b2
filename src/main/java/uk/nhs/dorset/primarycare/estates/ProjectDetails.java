package uk.nhs.dorset.primarycare.estates;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.base.validation.Money;
import uk.nhs.dorset.primarycare.base.validation.Text;

/**
 * The editable details of a project, as the form sends them. Practices are given by ODS code.
 * Its field rules are declared on the components: the form's binder shows them at the field and
 * {@link #validate} checks them again where no form ran. The lengths are the columns' lengths.
 */
public record ProjectDetails(
        @Text(what = "The name", max = ProjectDetails.NAME_MAX, required = true, whenBlank = "Give the project a name")
        String name,
        @NotNull(message = "Choose the project type")
        ProjectType type,
        @NotNull(message = "Choose the lead organisation")
        LeadOrganisation leadOrganisation,
        @Text(what = "The lead organisation name", max = ProjectDetails.NAME_MAX)
        @Nullable String leadOrganisationName,
        @Nullable Long localityId,
        List<String> practiceOdsCodes,
        @Money(what = "Capital value", zeroAllowed = true, max = ProjectDetails.MAX_POUNDS, tooLargeBecause = ProjectDetails.RECORDABLE)
        @Nullable BigDecimal capitalValue,
        @Money(what = "ETTF share", zeroAllowed = true, max = ProjectDetails.MAX_POUNDS, tooLargeBecause = ProjectDetails.RECORDABLE)
        @Nullable BigDecimal ettfShare,
        @Money(what = "Annual revenue consequences", zeroAllowed = true, max = ProjectDetails.MAX_POUNDS,
                tooLargeBecause = ProjectDetails.RECORDABLE)
        @Nullable BigDecimal annualRevenueCost,
        @Text(what = "Who bears the revenue", max = ProjectDetails.NAME_MAX)
        @Nullable String revenueBorneBy,
        @Nullable LocalDate programmeEndDate,
        @NotNull(message = "Choose the RAG rating")
        Rag rag,
        @Text(what = "The RAG reason", max = ProjectDetails.TEXT_MAX)
        @Nullable String ragReason,
        @Min(value = 0, message = ProjectDetails.PERCENT_RANGE)
        @Max(value = 100, message = ProjectDetails.PERCENT_RANGE)
        @Nullable Integer feasibilityPercent,
        @Text(what = "The next steps", max = ProjectDetails.TEXT_MAX)
        @Nullable String nextSteps) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;
    /** The largest whole number of pounds a DECIMAL(12,2) column holds. */
    public static final long MAX_POUNDS = 9_999_999_999L;
    static final String RECORDABLE = "the hub can record";
    static final String PERCENT_RANGE = "Feasibility complete is a percentage from 0 to 100";

    /** Text is stripped and empty text is null, so lengths are counted as they are saved. */
    public ProjectDetails {
        name = name == null ? "" : name.strip();
        leadOrganisationName = tidy(leadOrganisationName);
        practiceOdsCodes = practiceOdsCodes == null ? List.of() : List.copyOf(practiceOdsCodes);
        revenueBorneBy = tidy(revenueBorneBy);
        ragReason = tidy(ragReason);
        nextSteps = tidy(nextSteps);
    }

    public static ProjectDetails of(EttfProject p) {
        return new ProjectDetails(p.getName(), p.getType(), p.getLeadOrganisation(), p.getLeadOrganisationName(),
                p.getLocality() == null ? null : p.getLocality().getId(),
                p.getPractices().stream().map(pr -> pr.getOdsCode()).toList(), p.getCapitalValue(), p.getEttfShare(),
                p.getAnnualRevenueCost(), p.getRevenueBorneBy(), p.getProgrammeEndDate(), p.getRag(), p.getRagReason(),
                p.getFeasibilityPercent(), p.getNextSteps());
    }

    private static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Throws with the first field problem; the rules that join fields stay with the project. */
    public void validate() {
        List<String> problems = Forms.problems(this);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
    }
}
