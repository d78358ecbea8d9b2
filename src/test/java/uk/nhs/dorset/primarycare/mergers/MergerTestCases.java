package uk.nhs.dorset.primarycare.mergers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dorset.primarycare.practice.ContractType;

/** Builds case details for integration tests: real open practices, a date far enough ahead for PCSE. */
final class MergerTestCases {

    private MergerTestCases() {
    }

    static MergerDetails details(String title, String absorbedOds, int absorbedList, String continuingOds, int continuingList) {
        MergerDetails d = new MergerDetails();
        d.setTitle(title);
        d.setReason(MergerReason.RESILIENCE);
        d.setProposedMergerDate(LocalDate.now().plusDays(90));
        d.setFundingAmount(new BigDecimal("25000.00"));
        d.setFundingSource(FundingSource.NHSE_GPRP);
        d.setParties(List.of(new MergerParty(absorbedOds, "", ContractType.GMS, absorbedList, false),
                new MergerParty(continuingOds, "", ContractType.GMS, continuingList, true)));
        return d;
    }

    /** The case's details with every action area settled and PCSE told in good time. */
    static MergerDetails readyForApplication(MergerCase c) {
        MergerDetails d = MergerDetails.of(c);
        List<ActionPlanItem> actions = new ArrayList<>();
        for (ActionArea area : ActionArea.values()) {
            actions.add(new ActionPlanItem(area, "Lead", LocalDate.now().plusDays(30), ActionStatus.COMPLETE, null));
        }
        d.setActions(actions);
        d.setPcseNotifiedOn(LocalDate.now());
        return d;
    }
}
