package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.files.FileRef;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.Practice;

/** Bids in any status for domain tests, walked there through the real verbs. */
public final class BidFixtures {

    static final Instant NOW = Instant.parse("2017-10-02T10:00:00Z");
    static final Actor EVERYONE = new Actor("everyone", EnumSet.allOf(Role.class), null);
    /** Who starts the review, so that the approver (everyone) is a second person. */
    static final Actor REVIEWER = Actor.of("reviewer", Role.ESTATES);

    private BidFixtures() {
    }

    static GrantProgramme programme(String budget) {
        GrantProgramme programme = new GrantProgramme(new FinancialYear(2017), budget == null ? null : new BigDecimal(budget),
                GrantRules.DIRECTIONS_2013);
        programme.setOpenForBids(true);
        return programme;
    }

    public static BidForm completeForm() {
        BidForm form = new BidForm();
        form.setTitle("Extra consulting room");
        form.setDescription("Convert the store room into a consulting room");
        form.setSchemeType(SchemeType.CONVERSION);
        form.setTotalCost(new BigDecimal("30000"));
        form.setEligibleCost(new BigDecimal("25000"));
        form.setGrantRate(new BigDecimal("66"));
        form.setTenure(Tenure.LEASEHOLD);
        form.setRentAbatementYears(5);
        form.setPlannedStart(LocalDate.of(2017, 11, 1));
        form.setPlannedCompletion(LocalDate.of(2018, 2, 1));
        return form;
    }

    static GrantBid draft() {
        return new GrantBid(new Practice("J81002", "Orchid House Surgery"), programme("691000"), completeForm(), EVERYONE, NOW);
    }

    static GrantBid withQuote(GrantBid bid) {
        bid.addAttachment(AttachmentKind.QUOTE,
                new FileRef("quote.pdf", "stored-" + System.nanoTime() + ".pdf", "application/pdf", 100, EVERYONE.username(), NOW));
        return bid;
    }

    /** A bid (requested £16,500) walked to the given status along the usual path. */
    static GrantBid bidIn(BidStatus status) {
        GrantBid bid = withQuote(draft());
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null));
            case UNDER_REVIEW -> review(bid);
            case RETURNED -> { review(bid); bid.move(BidStatus.RETURNED, new Move(EVERYONE, NOW, "More detail")); }
            case REJECTED -> { review(bid); bid.move(BidStatus.REJECTED, new Move(EVERYONE, NOW, "Not eligible")); }
            case WITHDRAWN -> bid.move(BidStatus.WITHDRAWN, new Move(EVERYONE, NOW, null));
            case APPROVED -> approved(bid);
            case WORKS_IN_PROGRESS -> works(bid);
            case EVIDENCE_SUBMITTED -> evidenced(bid);
            case PAID -> { evidenced(bid); bid.move(BidStatus.PAID, new Move(EVERYONE, NOW, null).with(BidStatus.PAYMENT_DATE, LocalDate.of(2017, 10, 1))); }
        }
        return bid;
    }

    private static void review(GrantBid bid) {
        bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null));
        bid.move(BidStatus.UNDER_REVIEW, new Move(REVIEWER, NOW, null));
    }

    private static void approved(GrantBid bid) {
        review(bid);
        bid.move(BidStatus.APPROVED, new Move(EVERYONE, NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("16500")).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("691000")));
    }

    private static void works(GrantBid bid) {
        approved(bid);
        bid.move(BidStatus.WORKS_IN_PROGRESS, new Move(EVERYONE, NOW, null));
    }

    private static void evidenced(GrantBid bid) {
        works(bid);
        bid.addInvoice("INV-1", LocalDate.of(2017, 9, 1), new BigDecimal("16500"), LocalDate.of(2017, 9, 15));
        bid.move(BidStatus.EVIDENCE_SUBMITTED, new Move(EVERYONE, NOW, null));
    }
}
