package uk.nhs.dorset.primarycare.estates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The editable details of a project, as the form sends them. Practices are given by ODS code. */
public record ProjectDetails(String name, ProjectType type, LeadOrganisation leadOrganisation,
                             @Nullable String leadOrganisationName, @Nullable Long localityId,
                             List<String> practiceOdsCodes, @Nullable BigDecimal capitalValue,
                             @Nullable BigDecimal ettfShare, @Nullable BigDecimal annualRevenueCost,
                             @Nullable String revenueBorneBy, @Nullable LocalDate programmeEndDate, Rag rag,
                             @Nullable String ragReason, @Nullable Integer feasibilityPercent,
                             @Nullable String nextSteps) {

    public static ProjectDetails of(EttfProject p) {
        return new ProjectDetails(p.getName(), p.getType(), p.getLeadOrganisation(), p.getLeadOrganisationName(),
                p.getLocality() == null ? null : p.getLocality().getId(),
                p.getPractices().stream().map(pr -> pr.getOdsCode()).toList(), p.getCapitalValue(), p.getEttfShare(),
                p.getAnnualRevenueCost(), p.getRevenueBorneBy(), p.getProgrammeEndDate(), p.getRag(), p.getRagReason(),
                p.getFeasibilityPercent(), p.getNextSteps());
    }
}
