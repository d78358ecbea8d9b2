package uk.nhs.dorset.primarycare.mergers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.practice.ContractType;

/** The merger case form's field rules, including its practice and action plan rows, without a database or a form. */
class MergerDetailsTest {

    private static MergerDetails valid() {
        MergerDetails d = new MergerDetails();
        d.setTitle(" Bere Regis and Wellbridge ");
        d.setReason(MergerReason.RESILIENCE);
        d.setParties(List.of(new MergerParty("J81020", "Bere Regis Surgery", ContractType.GMS, 3500, false),
                new MergerParty("J81025", "The Wellbridge Practice", ContractType.GMS, 6009, true)));
        List<ActionPlanItem> items = new ArrayList<>();
        for (ActionArea area : ActionArea.values()) {
            items.add(ActionPlanItem.notStarted(area));
        }
        d.setActions(items);
        return d;
    }

    @Test
    void sensibleDetailsHaveNoProblems() {
        MergerDetails d = valid();
        d.setFundingAmount(new BigDecimal("0"));
        d.setEngagementEvents(3);
        d.setCaseNotes("   ");
        assertThat(d.problems()).isEmpty();
        assertThat(d.getTitle()).isEqualTo("Bere Regis and Wellbridge");
        assertThat(d.getCaseNotes()).as("blank is nothing").isNull();
    }

    @Test
    void eachFieldRuleSaysWhatToDo() {
        MergerDetails d = valid();
        d.setTitle(" ");
        d.setReason(null);
        assertThat(Forms.problems(d)).containsExactly("Give the case a title", "Choose the reason for the merger");

        d = valid();
        d.setFundingAmount(new BigDecimal("-1"));
        assertThat(d.problems()).containsExactly("Resilience funding cannot be less than £0");
        d.setFundingSource(FundingSource.CCG);
        d.setFundingAmount(new BigDecimal("10000001"));
        assertThat(d.problems()).containsExactly("Resilience funding of £10,000,001 is more than any merger support package; "
                + "check the figure (the limit is £10,000,000)");
        d.setFundingAmount(null);
        d.setEngagementEvents(1001);
        assertThat(d.problems()).containsExactly("Engagement events must be between 0 and 1,000");
        d.setEngagementEvents(null);
        d.setExpertSupport("x".repeat(2001));
        d.setCaseNotes("y".repeat(4001));
        assertThat(d.problems()).containsExactly("The expert support is 2,001 characters long; keep it to 2,000 characters",
                "The case notes is 4,001 characters long; keep it to 4,000 characters");
    }

    @Test
    void rowsAreCheckedAndTheProblemNamesTheRow() {
        MergerDetails d = valid();
        d.setParties(List.of(new MergerParty("J81020", "Bere Regis Surgery", ContractType.GMS, -5, false),
                new MergerParty("J81025", "The Wellbridge Practice", ContractType.GMS, 6009, true)));
        assertThat(d.problems()).containsExactly("J81020 Bere Regis Surgery: A list size must be between 0 and 200,000");

        d = valid();
        List<ActionPlanItem> items = new ArrayList<>(d.getActions());
        items.set(0, new ActionPlanItem(ActionArea.DIAGNOSTIC_AND_IMPROVEMENT, "o".repeat(201), null, ActionStatus.IN_PROGRESS, null));
        d.setActions(items);
        assertThat(d.problems()).containsExactly(ActionArea.DIAGNOSTIC_AND_IMPROVEMENT.label()
                + ": The owner is 201 characters long; keep it to 200 characters");
    }

    @Test
    void fundingNeedsItsSource() {
        MergerDetails d = valid();
        d.setFundingAmount(new BigDecimal("100"));
        assertThat(d.problems()).containsExactly("Say where the resilience funding comes from");
        d.setFundingSource(FundingSource.CCG);
        assertThat(d.problems()).isEmpty();
    }
}
