package uk.nhs.dorset.primarycare.grants;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Grant bids waiting for the signed-in user: reviews and payments for estates, changes for bidders. */
@Component
class GrantWorkQueue implements WorkQueue {

    /** The bids a programme without a confirmed budget holds up: in, but not approvable. */
    static final Set<BidStatus> AWAITING_APPROVAL = EnumSet.of(BidStatus.SUBMITTED, BidStatus.UNDER_REVIEW);

    private final GrantBidRepository bids;
    private final GrantProgrammeRepository programmes;

    GrantWorkQueue(GrantBidRepository bids, GrantProgrammeRepository programmes) {
        this.bids = bids;
        this.programmes = programmes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        if (actor.hasAny(EnumSet.of(Role.ESTATES, Role.MANAGER))) {
            // First, so the dashboard's short list never cuts it off: it holds up every bid it counts.
            waitingForBudgets(items);
            add(items, bids.findTop20ByStatusInOrderByIdAsc(Set.of(BidStatus.SUBMITTED)), "Start the review");
            add(items, bids.findTop20ByStatusInOrderByIdAsc(Set.of(BidStatus.UNDER_REVIEW)), "Approve, reject or return");
            add(items, bids.findTop20ByStatusInOrderByIdAsc(Set.of(BidStatus.EVIDENCE_SUBMITTED)), "Check the evidence and record the payment");
        }
        if (actor.has(Role.TEAM)) {
            add(items, bids.findTop20ByStatusInOrderByIdAsc(Set.of(BidStatus.RETURNED)), "Make the changes asked for and resubmit");
        }
        if (actor.isPracticeScoped() && actor.practiceOdsCode() != null) {
            add(items, bids.findTop20ByStatusInAndPracticeOdsCodeOrderByIdAsc(Set.of(BidStatus.RETURNED), actor.practiceOdsCode()),
                    "Make the changes asked for and resubmit");
            add(items, bids.findTop20ByStatusInAndPracticeOdsCodeOrderByIdAsc(Set.of(BidStatus.DRAFT), actor.practiceOdsCode()),
                    "Finish the draft and submit it");
        }
        return items;
    }

    /** One line per programme whose unconfirmed budget holds bids up ("2018/19: 3 bids waiting for a confirmed budget"). */
    private void waitingForBudgets(List<QueueItem> items) {
        for (GrantProgramme programme : programmes.findAllByOrderByFinancialYearStartDesc()) {
            if (programme.hasBudget()) {
                continue;
            }
            long waiting = bids.countIn(programme.getId(), AWAITING_APPROVAL);
            if (waiting > 0) {
                items.add(new QueueItem("Grant programme", programme.getName() + ": " + waiting + (waiting == 1 ? " bid" : " bids")
                        + " waiting for a confirmed budget", "Confirm the programme's budget so the bids can be approved",
                        "grants?programme=" + URLEncoder.encode(programme.getName(), StandardCharsets.UTF_8)));
            }
        }
    }

    private static void add(List<QueueItem> items, List<GrantBid> found, String waiting) {
        found.forEach(bid -> items.add(new QueueItem(bid.kind(), bid.label(), waiting, bid.link())));
    }
}
