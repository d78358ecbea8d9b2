package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;
import uk.nhs.dorset.primarycare.base.files.FileRef;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.dorset.primarycare.grants.BidFixtures.EVERYONE;
import static uk.nhs.dorset.primarycare.grants.BidFixtures.NOW;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Practice;

/** Every business guard of a bid, with the message the user reads. */
class GrantBidTest {

    @Test
    void requestedGrantIsEligibleCostTimesRateToThePound() {
        GrantBid bid = BidFixtures.draft();
        assertThat(bid.getRequestedGrant()).isEqualByComparingTo("16500");
        BidForm form = BidFixtures.completeForm();
        form.setEligibleCost(new BigDecimal("12345.67"));
        form.setGrantRate(new BigDecimal("33.5"));
        bid.update(form);
        // 12345.67 x 33.5% = 4135.799... -> £4,136
        assertThat(bid.getRequestedGrant()).isEqualByComparingTo("4136");
    }

    @Test
    void requestedGrantMayBeOverriddenOnlyWithAReason() {
        GrantBid bid = BidFixtures.draft();
        BidForm form = BidFixtures.completeForm();
        form.setRequestedOverride(new BigDecimal("15000"));
        assertThatThrownBy(() -> bid.update(form)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Say why the requested grant differs from the eligible cost times the grant rate");
        assertThat(bid.getRequestedGrant()).isEqualByComparingTo("16500");
        form.setOverrideReason("Practice contributes more");
        bid.update(form);
        assertThat(bid.getRequestedGrant()).isEqualByComparingTo("15000");
        form.setRequestedOverride(new BigDecimal("25001"));
        assertThatThrownBy(() -> bid.update(form)).hasMessage("The requested grant cannot be more than the eligible cost (£25,000)");
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingChanges() {
        GrantBid bid = BidFixtures.draft();
        BidForm negative = BidFixtures.completeForm();
        negative.setTotalCost(new BigDecimal("-5"));
        assertThatThrownBy(() -> bid.update(negative)).hasMessage("The total cost must be more than £0");
        BidForm absurd = BidFixtures.completeForm();
        absurd.setTotalCost(new BigDecimal("99999999999"));
        assertThatThrownBy(() -> bid.update(absurd)).hasMessageStartingWith("The total cost of £99,999,999,999 is more than any premises improvement scheme costs");
        BidForm rate = BidFixtures.completeForm();
        rate.setGrantRate(new BigDecimal("80"));
        assertThatThrownBy(() -> bid.update(rate))
                .hasMessage("Under the 2013 Premises Costs Directions the grant rate must be between 33% and 66%; 80% is outside that");
        BidForm longTitle = BidFixtures.completeForm();
        longTitle.setTitle("x".repeat(10_000));
        assertThatThrownBy(() -> bid.update(longTitle)).hasMessage("The scheme title is 10,000 characters long; keep it to 200 characters");
        BidForm eligible = BidFixtures.completeForm();
        eligible.setEligibleCost(new BigDecimal("40000"));
        assertThatThrownBy(() -> bid.update(eligible)).hasMessage("The eligible cost (£40,000) cannot be more than the total cost (£30,000)");
        BidForm dates = BidFixtures.completeForm();
        dates.setPlannedCompletion(LocalDate.of(2017, 1, 1));
        assertThatThrownBy(() -> bid.update(dates)).hasMessage("The planned completion date cannot be before the planned start date");
        BidForm abatement = BidFixtures.completeForm();
        abatement.setRentAbatementYears(-1);
        assertThatThrownBy(() -> bid.update(abatement)).hasMessage("The rent abatement period must be between 0 and 30 years");
        BidForm blank = BidFixtures.completeForm();
        blank.setTitle("  ");
        assertThatThrownBy(() -> bid.update(blank)).hasMessage("Give the scheme a title");
        assertThat(bid.getTitle()).isEqualTo("Extra consulting room");
        assertThat(bid.getTotalCost()).isEqualByComparingTo("30000");
    }

    @Test
    void markupIsKeptAsPlainText() {
        GrantBid bid = BidFixtures.draft();
        BidForm form = BidFixtures.completeForm();
        form.setTitle("<script>alert('x')</script>");
        bid.update(form);
        assertThat(bid.getTitle()).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void rules2024AllowUpToTheWholeCost() {
        GrantProgramme programme = BidFixtures.programme("100000");
        programme.setRules(GrantRules.DIRECTIONS_2024);
        BidForm form = BidFixtures.completeForm();
        form.setGrantRate(new BigDecimal("100"));
        GrantBid bid = new GrantBid(new Practice("J81003", "Test"), programme, form, EVERYONE, NOW);
        assertThat(bid.getRequestedGrant()).isEqualByComparingTo("25000");
        form.setGrantRate(new BigDecimal("100.5"));
        assertThatThrownBy(() -> bid.update(form)).hasMessageContaining("up to 100%");
    }

    @Test
    void submitNeedsMandatoryFieldsAndAQuote() {
        GrantBid bid = BidFixtures.draft();
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null))).isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("Attach at least one quote before submitting");
        BidForm form = BidFixtures.completeForm();
        form.setDescription("");
        form.setTenure(null);
        form.setPlannedStart(null);
        bid.update(form);
        BidFixtures.withQuote(bid);
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null)))
                .hasMessage("Before submitting, fill in: description, tenure, planned start");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.DRAFT);
    }

    @Test
    void submitListsEveryUnmetConditionAtOnce() {
        GrantBid bid = BidFixtures.draft();
        BidForm form = BidFixtures.completeForm();
        form.setTenure(null);
        form.setPlannedStart(null);
        form.setPlannedCompletion(null);
        bid.update(form);
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null)))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> assertThat(refused.reasons()).containsExactly(
                        "Before submitting, fill in: tenure, planned start, planned completion",
                        "Attach at least one quote before submitting"));
        assertThat(bid.getStatus()).isEqualTo(BidStatus.DRAFT);
    }

    @Test
    void approvalListsEveryUnmetConditionAtOnce() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null)))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> assertThat(refused.reasons()).containsExactly(
                        "Approve needs an approved amount",
                        "The 2017/18 programme has no confirmed budget yet, so no bid can be approved"));
    }

    @Test
    void aPlannedCompletionAfterTheSpendDeadlineIsSavedWithAWarning() {
        GrantBid bid = BidFixtures.draft();
        assertThat(bid.spendDeadlineWarning()).isEmpty();
        BidForm form = BidFixtures.completeForm();
        form.setPlannedCompletion(LocalDate.of(2018, 4, 30));
        bid.update(form);
        assertThat(bid.getPlannedCompletion()).isEqualTo(LocalDate.of(2018, 4, 30));
        assertThat(bid.spendDeadlineWarning()).hasValueSatisfying(warning -> assertThat(warning)
                .contains("30/04/2018").contains("2017/18 programme's spend deadline of 31/03/2018"));
    }

    @Test
    void aProgrammeWithoutAConfirmedBudgetSaysSoYetTakesBids() {
        GrantProgramme unbudgeted = BidFixtures.programme(null);
        assertThat(unbudgeted.budgetNotice()).contains("The 2017/18 programme's budget is not confirmed yet: "
                + "bids can be drafted and submitted, but none can be approved until the budget is confirmed");
        assertThat(BidFixtures.programme("691000").budgetNotice()).isEmpty();
        GrantBid bid = BidFixtures.withQuote(new GrantBid(new Practice("J81002", "Orchid House Surgery"), unbudgeted,
                BidFixtures.completeForm(), EVERYONE, NOW));
        bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null));
        assertThat(bid.getStatus()).isEqualTo(BidStatus.SUBMITTED);
    }

    @Test
    void aPlanIsNotAQuote() {
        GrantBid bid = BidFixtures.draft();
        bid.addAttachment(AttachmentKind.PLAN, new FileRef("plan.pdf", "p.pdf", "application/pdf", 1, EVERYONE.username(), NOW));
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null))).hasMessage("Attach at least one quote before submitting");
    }

    @Test
    void submitNeedsAProgrammeOpenForBids() {
        GrantBid bid = BidFixtures.withQuote(BidFixtures.draft());
        bid.getProgramme().setOpenForBids(false);
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null))).hasMessage("The 2017/18 programme is closed for bids");
    }

    @Test
    void approveGuards() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null).with(BidStatus.APPROVED_GRANT, null).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("1000"))))
                .hasMessage("Approve needs an approved amount");
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null).with(BidStatus.APPROVED_GRANT, BigDecimal.ZERO).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("1000"))))
                .hasMessage("The approved grant must be more than £0");
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("16501")).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("691000"))))
                .hasMessage("The approved grant cannot exceed the £16,500 requested");
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("16000")).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("12400"))))
                .hasMessage("The programme has only £12,400 left");
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("16000")).with(GrantBid.LEFT_IN_PROGRAMME, null)))
                .hasMessage("The 2017/18 programme has no confirmed budget yet, so no bid can be approved");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.UNDER_REVIEW);
        assertThat(bid.getApprovedGrant()).isNull();
        bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, "Capped at what is left").with(BidStatus.APPROVED_GRANT, new BigDecimal("12400")).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("12400")));
        assertThat(bid.getApprovedGrant()).isEqualByComparingTo("12400");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
    }

    @Test
    void rejectAndReturnNeedAReason() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> bid.move(BidStatus.REJECTED, new Move(EVERYONE, NOW, " "))).hasMessage("Say why the bid is rejected");
        assertThatThrownBy(() -> bid.move(BidStatus.RETURNED, new Move(EVERYONE, NOW, null))).hasMessage("Say what the practice needs to change");
    }

    @Test
    void evidenceNeedsPaidInvoicesCoveringTheApprovedGrant() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.WORKS_IN_PROGRESS);
        bid.addInvoice("A1", LocalDate.of(2017, 9, 1), new BigDecimal("10000"), LocalDate.of(2017, 9, 5));
        bid.addInvoice("A2", LocalDate.of(2017, 9, 1), new BigDecimal("6500"), null);
        assertThatThrownBy(() -> bid.move(BidStatus.EVIDENCE_SUBMITTED, new Move(EVERYONE, NOW, null)))
                .hasMessage("Evidence needs paid invoices totalling at least the £16,500 approved; paid invoices so far total £10,000");
        assertThat(bid.invoicesTotal()).isEqualByComparingTo("16500");
    }

    @Test
    void invoiceInputIsChecked() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.WORKS_IN_PROGRESS);
        assertThatThrownBy(() -> bid.addInvoice(" ", LocalDate.of(2017, 9, 1), BigDecimal.TEN, null)).hasMessage("Give the invoice number");
        assertThatThrownBy(() -> bid.addInvoice("X", LocalDate.of(2017, 9, 1), new BigDecimal("-1"), null))
                .hasMessage("An invoice amount must be more than £0");
        assertThatThrownBy(() -> bid.addInvoice("X", LocalDate.of(2017, 9, 2), BigDecimal.TEN, LocalDate.of(2017, 9, 1)))
                .hasMessage("An invoice cannot be paid before its date");
        assertThatThrownBy(() -> BidFixtures.draft().addInvoice("X", LocalDate.of(2017, 9, 1), BigDecimal.TEN, null))
                .hasMessage("Invoices are added once the bid is approved and before its evidence is accepted");
    }

    @Test
    void paidNeedsAPaymentDateNotInTheFuture() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.EVIDENCE_SUBMITTED);
        assertThatThrownBy(() -> bid.move(BidStatus.PAID, new Move(EVERYONE, NOW, null).with(BidStatus.PAYMENT_DATE, null))).hasMessage("Record payment needs the payment date");
        assertThatThrownBy(() -> bid.move(BidStatus.PAID, new Move(EVERYONE, NOW, null).with(BidStatus.PAYMENT_DATE, LocalDate.of(2017, 10, 3))))
                .hasMessage("The payment date cannot be in the future");
        bid.move(BidStatus.PAID, new Move(EVERYONE, NOW, null).with(BidStatus.PAYMENT_DATE, LocalDate.of(2017, 10, 2)));
        assertThat(bid.getPaymentDate()).isEqualTo(LocalDate.of(2017, 10, 2));
    }

    @Test
    void onlyDraftsAndReturnedBidsAreEditable() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.SUBMITTED);
        assertThatThrownBy(() -> bid.update(BidFixtures.completeForm()))
                .hasMessage("A bid that is submitted cannot be edited; only drafts and returned bids can");
        GrantBid returned = BidFixtures.bidIn(BidStatus.RETURNED);
        returned.update(BidFixtures.completeForm());
    }

    @Test
    void roleRefusalMessageNamesTheMove() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, new Move(Actor.of("t", Role.TEAM), NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("1")).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("10"))))
                .hasMessage("Your role may not move a record from under review to approved");
        GrantBid paid = BidFixtures.bidIn(BidStatus.PAID);
        assertThatThrownBy(() -> paid.move(BidStatus.WITHDRAWN, new Move(EVERYONE, NOW, null))).hasMessage("A record that is paid cannot move to withdrawn");
    }

    @Test
    void adminAndManagerCannotDraft() {
        assertThatThrownBy(() -> new GrantBid(new Practice("J81002", "x"), BidFixtures.programme("1"), BidFixtures.completeForm(),
                Actor.of("admin", Role.ADMIN), NOW)).hasMessage("Your role may not draft grant bids");
        assertThatThrownBy(() -> new GrantBid(new Practice("J81002", "x"), BidFixtures.programme("1"), BidFixtures.completeForm(),
                Actor.of("m", Role.MANAGER), NOW)).hasMessage("Your role may not draft grant bids");
    }

    @Test
    void legalChargeForFreeholdGrantsOver144000() {
        GrantBid bid = BidFixtures.draft();
        BidForm form = BidFixtures.completeForm();
        form.setTotalCost(new BigDecimal("300000"));
        form.setEligibleCost(new BigDecimal("218182"));
        form.setTenure(Tenure.FREEHOLD);
        bid.update(form); // 66% = £144,000.12 -> £144,000
        assertThat(bid.getRequestedGrant()).isEqualByComparingTo("144000");
        assertThat(bid.isLegalChargeRequired()).isFalse();
        form.setEligibleCost(new BigDecimal("218200"));
        bid.update(form);
        assertThat(bid.isLegalChargeRequired()).isTrue();
        form.setTenure(Tenure.LEASEHOLD);
        bid.update(form);
        assertThat(bid.isLegalChargeRequired()).isFalse();
    }

    @Test
    void deadlineStateAndDaysLeft() {
        GrantBid approved = BidFixtures.bidIn(BidStatus.APPROVED);
        LocalDate deadline = LocalDate.of(2018, 3, 31);
        assertThat(approved.deadlineState(deadline.minusDays(31))).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(approved.deadlineState(deadline.minusDays(30))).isEqualTo(DeadlineState.AT_RISK);
        assertThat(approved.deadlineState(deadline)).isEqualTo(DeadlineState.AT_RISK);
        assertThat(approved.deadlineState(deadline.plusDays(1))).isEqualTo(DeadlineState.SLIPPED);
        assertThat(approved.daysLeft(deadline.minusDays(10))).contains(10L);
        assertThat(BidFixtures.bidIn(BidStatus.WORKS_IN_PROGRESS).deadlineState(deadline.plusDays(1))).isEqualTo(DeadlineState.SLIPPED);
        assertThat(BidFixtures.bidIn(BidStatus.EVIDENCE_SUBMITTED).deadlineState(deadline.plusDays(1))).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(BidFixtures.bidIn(BidStatus.PAID).deadlineState(deadline.plusDays(1))).isEqualTo(DeadlineState.NONE);
        assertThat(BidFixtures.bidIn(BidStatus.PAID).daysLeft(deadline)).isEmpty();
        assertThat(BidFixtures.draft().deadlineState(deadline.plusDays(1))).isEqualTo(DeadlineState.NONE);
    }

    @Test
    void programmeDefaultsAndLimits() {
        GrantProgramme programme = BidFixtures.programme(null);
        assertThat(programme.getSpendDeadline()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(programme.hasBudget()).isFalse();
        assertThatThrownBy(() -> programme.setBudget(new BigDecimal("-1"))).hasMessage("A budget cannot be negative");
        assertThatThrownBy(() -> programme.setBudget(new BigDecimal("1e12")))
                .hasMessage("A budget over £100,000,000 is not plausible for one year's programme");
    }
}
