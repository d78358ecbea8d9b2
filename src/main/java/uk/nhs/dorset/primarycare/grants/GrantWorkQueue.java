package uk.nhs.dorset.primarycare.grants;

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

    private final GrantBidRepository bids;

    GrantWorkQueue(GrantBidRepository bids) {
        this.bids = bids;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        if (actor.hasAny(EnumSet.of(Role.ESTATES, Role.MANAGER))) {
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

    private static void add(List<QueueItem> items, List<GrantBid> found, String waiting) {
        found.forEach(bid -> items.add(new QueueItem(bid.kind(), bid.label(), waiting, bid.link())));
    }
}
