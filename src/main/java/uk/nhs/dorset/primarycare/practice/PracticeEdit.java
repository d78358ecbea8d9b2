package uk.nhs.dorset.primarycare.practice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the team may change on a practice record (the rest comes from ODS imports). */
public record PracticeEdit(@Nullable String localityName, @Nullable String pcnCode, @Nullable ContractType contractType,
                           boolean vulnerable, boolean resilienceProgramme, @Nullable String flagReason,
                           Set<HighImpactAction> highImpactActions, @Nullable CqcRating cqcRating,
                           @Nullable LocalDate cqcRatingDate) {

    public PracticeEdit {
        highImpactActions = highImpactActions.isEmpty() ? EnumSet.noneOf(HighImpactAction.class) : EnumSet.copyOf(highImpactActions);
    }

    public static PracticeEdit of(Practice p) {
        return new PracticeEdit(p.getLocality() == null ? null : p.getLocality().getName(),
                p.getPcn() == null ? null : p.getPcn().getCode(), p.getContractType(), p.isVulnerable(),
                p.isResilienceProgramme(), p.getVulnerabilityReason(), p.getHighImpactActions(), p.getCqcRating(),
                p.getCqcRatingDate());
    }
}
