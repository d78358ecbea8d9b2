package uk.nhs.dorset.primarycare.mergers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.ContractType;

class MergerCaseTest {

    static final Actor TEAM = Actor.of("team", Role.TEAM);
    static final Actor MANAGER = Actor.of("manager", Role.MANAGER);
    static final Actor ESTATES = Actor.of("estates", Role.ESTATES);
    static final Instant NOW = Instant.parse("2018-01-10T10:00:00Z");
    static final LocalDate MERGER_DATE = LocalDate.of(2018, 4, 1);
    static final Instant ON_THE_MERGER_DATE = MERGER_DATE.atTime(9, 0).atZone(Formats.ZONE).toInstant();

    static MergerDetails details(ContractType absorbed, ContractType continuing) {
        MergerDetails d = new MergerDetails();
        d.setTitle("Test merger");
        d.setReason(MergerReason.RESILIENCE);
        d.setProposedMergerDate(MERGER_DATE);
        d.setFundingAmount(new BigDecimal("45000"));
        d.setFundingSource(FundingSource.NHSE_GPRP);
        d.setParties(List.of(
                new MergerParty("J81020", "Bere Regis Surgery", absorbed, 3500, false),
                new MergerParty("J81025", "The Wellbridge Practice", continuing, 6009, true)));
        return d;
    }

    static List<ActionPlanItem> settledActions() {
        List<ActionPlanItem> items = new ArrayList<>();
        for (ActionArea area : ActionArea.values()) {
            items.add(new ActionPlanItem(area, "Practice lead", MERGER_DATE.minusMonths(1),
                    area == ActionArea.RAPID_INTERVENTION ? ActionStatus.NOT_NEEDED : ActionStatus.COMPLETE, null));
        }
        return items;
    }

    /** A case taken to due diligence with every action area settled. */
    static MergerCase atDueDiligence(MergerDetails d) {
        MergerCase c = new MergerCase(d, TEAM, NOW);
        c.move(MergerStatus.ADVISORY_REVIEW, new Move(TEAM, NOW, null));
        c.move(MergerStatus.SUPPORT_AGREED, new Move(TEAM, NOW, null));
        c.move(MergerStatus.DUE_DILIGENCE, new Move(TEAM, NOW, null));
        MergerDetails settled = MergerDetails.of(c);
        settled.setActions(settledActions());
        c.apply(settled);
        return c;
    }

    @Test
    void aNewCaseHasAllSixActionAreasNotStartedAndItsCombinedList() {
        MergerCase c = new MergerCase(details(ContractType.GMS, ContractType.GMS), TEAM, NOW);
        assertThat(c.getStatus()).isEqualTo(MergerStatus.ENQUIRY);
        assertThat(c.getActions()).extracting(ActionPlanItem::getArea).containsExactly(ActionArea.values());
        assertThat(c.getActions()).allMatch(a -> a.getStatus() == ActionStatus.NOT_STARTED);
        assertThat(c.getCombinedListSize()).isEqualTo(9509);
        assertThat(c.continuing().getOdsCode()).isEqualTo("J81025");
        assertThat(c.absorbed()).extracting(MergerParty::getOdsCode).containsExactly("J81020");
        assertThat(c.getHistory()).hasSize(1);
    }

    @Test
    void exactlyOneContinuingPracticeAndAtLeastTwoPractices() {
        MergerDetails none = details(ContractType.GMS, ContractType.GMS);
        none.setParties(List.of(new MergerParty("J81020", "A", null, 1, false), new MergerParty("J81025", "B", null, 1, false)));
        assertThatThrownBy(() -> new MergerCase(none, TEAM, NOW)).hasMessageContaining("exactly one practice as the continuing");
        MergerDetails two = details(ContractType.GMS, ContractType.GMS);
        two.setParties(List.of(new MergerParty("J81020", "A", null, 1, true), new MergerParty("J81025", "B", null, 1, true)));
        assertThatThrownBy(() -> new MergerCase(two, TEAM, NOW)).hasMessageContaining("(2 marked)");
        MergerDetails one = details(ContractType.GMS, ContractType.GMS);
        one.setParties(List.of(new MergerParty("J81020", "A", null, 1, true)));
        assertThatThrownBy(() -> new MergerCase(one, TEAM, NOW)).hasMessageContaining("at least two practices");
        MergerDetails twice = details(ContractType.GMS, ContractType.GMS);
        twice.setParties(List.of(new MergerParty("J81020", "A", null, 1, true), new MergerParty("j81020", "A", null, 1, false)));
        assertThatThrownBy(() -> new MergerCase(twice, TEAM, NOW)).hasMessageContaining("listed twice");
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        MergerCase c = new MergerCase(details(ContractType.GMS, ContractType.GMS), TEAM, NOW);
        MergerDetails bad = MergerDetails.of(c);
        bad.setTitle("Renamed");
        bad.setFundingAmount(new BigDecimal("-1"));
        assertThatThrownBy(() -> c.apply(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be less than £0");
        assertThat(c.getTitle()).isEqualTo("Test merger");
        bad.setFundingAmount(new BigDecimal("100"));
        bad.setFundingSource(null);
        assertThatThrownBy(() -> c.apply(bad)).hasMessageContaining("where the resilience funding comes from");
        bad.setFundingSource(FundingSource.CCG);
        bad.setCaseNotes("x".repeat(4001));
        assertThatThrownBy(() -> c.apply(bad)).hasMessageContaining("keep it to 4,000 characters");
        bad.setCaseNotes(null);
        bad.setParties(List.of(new MergerParty("J81020", "A", null, -5, false), new MergerParty("J81025", "B", null, 1, true)));
        assertThatThrownBy(() -> c.apply(bad)).hasMessageContaining("list size");
    }

    @Test
    void apmsCannotMergeIntoGms() {
        MergerCase c = atDueDiligence(details(ContractType.APMS, ContractType.GMS));
        assertThat(c.contractProblem()).hasValueSatisfying(p -> assertThat(p).contains("An APMS contract cannot merge into a GMS contract")
                .contains("J81020 Bere Regis Surgery").contains("J81025 The Wellbridge Practice"));
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("APMS contract cannot merge into a GMS");
        assertThat(c.getStatus()).isEqualTo(MergerStatus.DUE_DILIGENCE);
    }

    @Test
    void otherContractCombinationsMayMerge() {
        assertThat(new MergerCase(details(ContractType.GMS, ContractType.APMS), TEAM, NOW).contractProblem()).isEmpty();
        assertThat(new MergerCase(details(ContractType.PMS, ContractType.GMS), TEAM, NOW).contractProblem()).isEmpty();
        assertThat(new MergerCase(details(ContractType.APMS, ContractType.PMS), TEAM, NOW).contractProblem()).isEmpty();
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null));
        assertThat(c.getStatus()).isEqualTo(MergerStatus.APPLICATION);
    }

    @Test
    void applicationNamesTheOpenActionAreas() {
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        MergerDetails d = MergerDetails.of(c);
        List<ActionPlanItem> actions = new ArrayList<>(settledActions());
        actions.set(3, new ActionPlanItem(ActionArea.PRACTICE_MANAGEMENT, "PM", null, ActionStatus.IN_PROGRESS, null));
        actions.set(5, new ActionPlanItem(ActionArea.WORKFORCE, "PM", null, ActionStatus.NOT_STARTED, null));
        d.setActions(actions);
        c.apply(d);
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null)))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining("every action plan area complete or marked not needed")
                .hasMessageContaining("Practice management (in progress)")
                .hasMessageContaining("Workforce (not started)")
                .message().doesNotContain("Diagnostic");
        assertThat(c.getStatus()).isEqualTo(MergerStatus.DUE_DILIGENCE);
    }

    @Test
    void applicationNeedsContractTypesListSizesAndTheDate() {
        MergerDetails d = details(ContractType.GMS, ContractType.GMS);
        d.setParties(List.of(new MergerParty("J81020", "Bere Regis Surgery", null, 3500, false),
                new MergerParty("J81025", "The Wellbridge Practice", ContractType.GMS, 6009, true)));
        MergerCase c = atDueDiligence(d);
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null))).hasMessageContaining("missing for J81020 Bere Regis Surgery");
    }

    @Test
    void approvalNeedsPcseToldAtLeastSixWeeksBeforeTheMergerDate() {
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null));
        assertThatThrownBy(() -> c.move(MergerStatus.APPROVED, new Move(MANAGER, NOW, null)))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining("Primary Care Support England must be notified at least six weeks")
                .hasMessageContaining("by 18/02/2018");

        MergerDetails late = MergerDetails.of(c);
        late.setPcseNotifiedOn(MERGER_DATE.minusDays(41));
        c.apply(late);
        assertThatThrownBy(() -> c.move(MergerStatus.APPROVED, new Move(MANAGER, NOW, null)))
                .hasMessageContaining("told on 19/02/2018, less than six weeks before the merger date 01/04/2018")
                .hasMessageContaining("02/04/2018 or later");
        assertThat(c.getStatus()).isEqualTo(MergerStatus.APPLICATION);

        MergerDetails onTime = MergerDetails.of(c);
        onTime.setPcseNotifiedOn(MERGER_DATE.minusDays(42));
        c.apply(onTime);
        c.move(MergerStatus.APPROVED, new Move(MANAGER, NOW, "Committee agreed"));
        assertThat(c.getStatus()).isEqualTo(MergerStatus.APPROVED);
    }

    @Test
    void teamCannotApproveAndManagerCannotRunTheCase() {
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(MANAGER, NOW, null))).hasMessageContaining("Your role may not");
        c.move(MergerStatus.APPLICATION, new Move(ESTATES, NOW, null));
        MergerDetails d = MergerDetails.of(c);
        d.setPcseNotifiedOn(MERGER_DATE.minusDays(60));
        c.apply(d);
        assertThatThrownBy(() -> c.move(MergerStatus.APPROVED, new Move(TEAM, NOW, null))).hasMessageContaining("Your role may not");
        assertThatThrownBy(() -> c.move(MergerStatus.DECLINED, new Move(ESTATES, NOW, "no"))).hasMessageContaining("Your role may not");
        c.move(MergerStatus.APPROVED, new Move(MANAGER, NOW, null));
        assertThatThrownBy(() -> c.move(MergerStatus.COMPLETED, new Move(ESTATES, ON_THE_MERGER_DATE, null))).hasMessageContaining("Your role may not");
        c.move(MergerStatus.COMPLETED, new Move(TEAM, ON_THE_MERGER_DATE, null));
        assertThat(c.getStatus()).isEqualTo(MergerStatus.COMPLETED);
        assertThat(c.getMergerDate()).isEqualTo(MERGER_DATE);
        assertThat(c.getHistory()).extracting(h -> h.getToStatus()).containsExactly(
                "ENQUIRY", "ADVISORY_REVIEW", "SUPPORT_AGREED", "DUE_DILIGENCE", "APPLICATION", "APPROVED", "COMPLETED");
        assertThat(c.getHistory().get(5).getChangedBy()).isEqualTo("manager");
    }

    @Test
    void completionIsRefusedBeforeTheMergerDateSayingTheDate() {
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null));
        MergerDetails d = MergerDetails.of(c);
        d.setPcseNotifiedOn(MERGER_DATE.minusDays(60));
        c.apply(d);
        c.move(MergerStatus.APPROVED, new Move(MANAGER, NOW, null));
        Instant dayBefore = MERGER_DATE.minusDays(1).atTime(23, 30).atZone(Formats.ZONE).toInstant();

        assertThat(c.completesOn(MERGER_DATE.minusDays(1))).contains(MERGER_DATE);
        assertThatThrownBy(() -> c.move(MergerStatus.COMPLETED, new Move(TEAM, dayBefore, null)))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("The merger cannot be completed before its merger date: it completes on 01/04/2018");
        assertThat(c.getStatus()).isEqualTo(MergerStatus.APPROVED);
        assertThat(c.getMergerDate()).isNull();

        c.move(MergerStatus.COMPLETED, new Move(TEAM, ON_THE_MERGER_DATE, null));
        assertThat(c.getStatus()).isEqualTo(MergerStatus.COMPLETED);
        assertThat(c.completesOn(MERGER_DATE.minusDays(1))).isEmpty();
    }

    @Test
    void anApplicationListsEveryUnmetConditionAtOnce() {
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        MergerDetails d = MergerDetails.of(c);
        d.setProposedMergerDate(null);
        List<ActionPlanItem> actions = new ArrayList<>(settledActions());
        actions.set(0, new ActionPlanItem(ActionArea.values()[0], "Practice lead", MERGER_DATE, ActionStatus.IN_PROGRESS, null));
        d.setActions(actions);
        c.apply(d);
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null)))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> assertThat(refused.reasons()).hasSize(2)
                        .anySatisfy(r -> assertThat(r).isEqualTo("The application needs the proposed merger date"))
                        .anySatisfy(r -> assertThat(r).startsWith("The application needs every action plan area complete")));
    }

    @Test
    void supportNeedsAPackageAndDeclineAndWithdrawNeedAReason() {
        MergerDetails d = details(ContractType.GMS, ContractType.GMS);
        d.setFundingAmount(null);
        d.setFundingSource(null);
        MergerCase c = new MergerCase(d, TEAM, NOW);
        c.move(MergerStatus.ADVISORY_REVIEW, new Move(TEAM, NOW, null));
        assertThatThrownBy(() -> c.move(MergerStatus.SUPPORT_AGREED, new Move(TEAM, NOW, null))).hasMessageContaining("needs a support package");
        assertThatThrownBy(() -> c.move(MergerStatus.WITHDRAWN, new Move(TEAM, NOW, " "))).hasMessageContaining("Say why");
        c.move(MergerStatus.WITHDRAWN, new Move(TEAM, NOW, "Practices decided to stay separate"));
        assertThat(c.getStatus()).isEqualTo(MergerStatus.WITHDRAWN);
        assertThatThrownBy(() -> c.move(MergerStatus.WITHDRAWN, new Move(TEAM, NOW, "again"))).hasMessageContaining("cannot be withdrawn");
        assertThatThrownBy(() -> c.apply(MergerDetails.of(c))).hasMessageContaining("can no longer be edited");
    }

    @Test
    void stagesCannotBeSkipped() {
        MergerCase c = new MergerCase(details(ContractType.GMS, ContractType.GMS), TEAM, NOW);
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null))).hasMessageContaining("Only a case at due diligence");
        assertThatThrownBy(() -> c.move(MergerStatus.COMPLETED, new Move(TEAM, NOW, null))).isInstanceOf(TransitionNotAllowed.class);
        assertThat(c.getStatus()).isEqualTo(MergerStatus.ENQUIRY);
    }

    @Test
    void practicesAreFixedOnceTheApplicationIsIn() {
        MergerCase c = atDueDiligence(details(ContractType.GMS, ContractType.GMS));
        c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, null));
        MergerDetails d = MergerDetails.of(c);
        d.setParties(List.of(new MergerParty("J81020", "Bere Regis Surgery", ContractType.GMS, 3600, false),
                new MergerParty("J81025", "The Wellbridge Practice", ContractType.GMS, 6009, true)));
        assertThatThrownBy(() -> c.apply(d)).hasMessageContaining("cannot change once the application");
        MergerDetails same = MergerDetails.of(c);
        same.setCaseNotes("PCSE letter drafted");
        c.apply(same);
        assertThat(c.getCaseNotes()).isEqualTo("PCSE letter drafted");
    }

    @Test
    void aPracticeCanBeInOnlyOneOpenCase() {
        MergerCase other = new MergerCase(details(ContractType.GMS, ContractType.GMS), TEAM, NOW);
        org.springframework.test.util.ReflectionTestUtils.setField(other, "id", 7L);
        MergerParty party = new MergerParty("J81020", "Bere Regis Surgery", null, 3500, false);
        assertThatThrownBy(() -> MergerCase.requireNotInOtherOpenCase(party, List.of(other), null))
                .hasMessage("J81020 Bere Regis Surgery is already in open merger case #7 \"Test merger\" (enquiry); a practice can be in only one open merger case");
        MergerCase.requireNotInOtherOpenCase(party, List.of(other), 7L);
        MergerCase.requireNotInOtherOpenCase(party, List.of(), null);
    }

    @Test
    void eachMoveWritesOneHistoryRowAndARefusedMoveWritesNone() {
        MergerCase c = atDueDiligence(details(ContractType.APMS, ContractType.GMS));
        int rows = c.getHistory().size();
        assertThatThrownBy(() -> c.move(MergerStatus.APPLICATION, new Move(TEAM, NOW, "Ready"))).isInstanceOf(TransitionNotAllowed.class);
        assertThat(c.getHistory()).hasSize(rows);
        c.move(MergerStatus.WITHDRAWN, new Move(TEAM, NOW, "Contracts cannot merge"));
        assertThat(c.getHistory()).hasSize(rows + 1);
        assertThat(c.lastChange().getFromStatus()).isEqualTo("DUE_DILIGENCE");
        assertThat(c.lastChange().getToStatus()).isEqualTo("WITHDRAWN");
        assertThat(c.lastChange().getComment()).isEqualTo("Contracts cannot merge");
        assertThat(c.kind()).isEqualTo(MergerService.FEATURE);
        assertThat(c.noun()).isEqualTo("case");
    }

    @Test
    void nothingReturnsToEnquiry() {
        MergerCase c = new MergerCase(details(ContractType.GMS, ContractType.GMS), TEAM, NOW);
        c.move(MergerStatus.ADVISORY_REVIEW, new Move(TEAM, NOW, null));
        assertThatThrownBy(() -> c.move(MergerStatus.ENQUIRY, new Move(TEAM, NOW, null)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("cannot move to enquiry");
        assertThat(c.getStatus()).isEqualTo(MergerStatus.ADVISORY_REVIEW);
    }
}
