package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.base.workflow.BulkMove;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** Bulk moves of grant bids on MariaDB: each bid moved by its own guards in its own transaction. */
@IntegrationTest
class GrantBulkMoveIT {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private GrantProgramme newProgramme(String budget) {
        SignIn.as(users, "manager");
        return programmes.createProgramme(new ProgrammeForm(GrantTestData.freeYear(programmes), new BigDecimal(budget), null,
                true, GrantRules.DIRECTIONS_2013));
    }

    private static BulkMove.Item item(GrantBid bid) {
        return new BulkMove.Item(bid.getId(), bid.getVersion(), bid.label());
    }

    @Test
    void tenBidsThreeOfWhichFailTheirGuardSevenMoveThreeAreListedWithReasons() {
        GrantProgramme programme = newProgramme("500000");
        SignIn.as(users, "team");
        List<GrantBid> drafts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            GrantBid bid = grants.create("J81002", programme.getId(), GrantTestData.form("Bulk " + i, "5000"));
            // Bids 2, 5 and 8 have no quote, so their own guard refuses the submission.
            drafts.add(i % 3 == 2 ? bid : grants.attach(bid.getId(), AttachmentKind.QUOTE, "quote.pdf", GrantTestData.PDF));
        }

        List<BulkMove.Outcome> outcomes = BulkMove.apply(drafts.stream().map(GrantBulkMoveIT::item).toList(), BidStatus.SUBMITTED,
                MoveRequest.of("Submitted for the autumn round"), grants::move, UserMessages::of);

        assertThat(outcomes).hasSize(10);
        assertThat(outcomes).filteredOn(BulkMove.Outcome::moved).extracting(BulkMove.Outcome::label)
                .containsExactly("J81002 — Bulk 0", "J81002 — Bulk 1", "J81002 — Bulk 3", "J81002 — Bulk 4", "J81002 — Bulk 6",
                        "J81002 — Bulk 7", "J81002 — Bulk 9");
        assertThat(outcomes).filteredOn(o -> !o.moved()).extracting(BulkMove.Outcome::label)
                .containsExactly("J81002 — Bulk 2", "J81002 — Bulk 5", "J81002 — Bulk 8");
        assertThat(outcomes).filteredOn(o -> !o.moved())
                .allSatisfy(o -> assertThat(o.reasons()).containsExactly("Attach at least one quote before submitting"));

        for (int i = 0; i < 10; i++) {
            GrantBid before = drafts.get(i);
            GrantBid now = grants.bid(before.getId());
            if (i % 3 == 2) {
                assertThat(now.getStatus()).as("bid %d", i).isEqualTo(BidStatus.DRAFT);
                assertThat(now.getVersion()).as("bid %d untouched", i).isEqualTo(before.getVersion());
                assertThat(now.getHistory()).hasSize(1);
            } else {
                assertThat(now.getStatus()).as("bid %d", i).isEqualTo(BidStatus.SUBMITTED);
                assertThat(now.getHistory().getLast().getComment()).isEqualTo("Submitted for the autumn round");
            }
        }
    }

    @Test
    void aRoundOfApprovalsGivesEachBidItsOwnRequestedGrantAndRefusesTheOneTheApproverReviewed() {
        GrantProgramme programme = newProgramme("500000");
        List<GrantBid> underReview = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SignIn.as(users, "team");
            GrantBid bid = grants.create("J81002", programme.getId(), GrantTestData.form("Round " + i, String.valueOf(4000 + i * 1000)));
            bid = grants.attach(bid.getId(), AttachmentKind.QUOTE, "quote.pdf", GrantTestData.PDF);
            bid = grants.move(bid.getId(), bid.getVersion(), BidStatus.SUBMITTED, MoveRequest.none());
            SignIn.as(users, i == 3 ? "estates" : "estates2");
            underReview.add(grants.move(bid.getId(), bid.getVersion(), BidStatus.UNDER_REVIEW, MoveRequest.none()));
        }

        SignIn.as(users, "estates");
        List<BulkMove.Outcome> outcomes = BulkMove.apply(underReview.stream().map(GrantBulkMoveIT::item).toList(),
                BidStatus.APPROVED, item -> MoveRequest.of("Estates panel, November").with(BidStatus.APPROVED_GRANT,
                        underReview.stream().filter(b -> b.getId() == item.id()).findFirst().orElseThrow().getRequestedGrant()),
                grants::move, UserMessages::of);

        assertThat(outcomes).extracting(BulkMove.Outcome::moved).containsExactly(true, true, true, false);
        assertThat(outcomes.getLast().reasons())
                .containsExactly("You reviewed this bid, so another estates lead or a manager must approve it");
        assertThat(underReview.subList(0, 3)).allSatisfy(b ->
                assertThat(grants.bid(b.getId()).getApprovedGrant()).isEqualByComparingTo(b.getRequestedGrant()));
        assertThat(grants.bid(underReview.getLast().getId()).getStatus()).isEqualTo(BidStatus.UNDER_REVIEW);
    }
}
