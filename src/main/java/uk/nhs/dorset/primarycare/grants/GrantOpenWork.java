package uk.nhs.dorset.primarycare.grants;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.OpenWorkElsewhere;

/** A merging practice's unfinished grant bids, listed on completion for someone to reassign. */
@Component
class GrantOpenWork implements OpenWorkElsewhere {

    private final GrantBidRepository bids;

    GrantOpenWork(GrantBidRepository bids) {
        this.bids = bids;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> openItemsFor(String odsCode) {
        return bids.findByPracticeOdsCodeAndStatusNotIn(odsCode, EnumSet.of(BidStatus.PAID, BidStatus.REJECTED, BidStatus.WITHDRAWN))
                .stream()
                .map(b -> "Grant bid #" + b.getId() + " " + b.getTitle() + " (" + b.getStatus().label().toLowerCase() + ")")
                .toList();
    }
}
