package uk.nhs.dorset.primarycare.mergers;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.OpenWorkElsewhere;

/**
 * Another feature's open work as the completion of a merger sees it, for one practice that only
 * the merger tests complete: so the tests show such work is listed, and left where it is.
 */
@Component
class OpenWorkReportedInTests implements OpenWorkElsewhere {

    static final String PRACTICE = "J81052";
    static final String ITEM = "Grant bid #T-1 Carlisle House consulting room (submitted)";

    @Override
    public List<String> openItemsFor(String odsCode) {
        return PRACTICE.equals(odsCode) ? List.of(ITEM) : List.of();
    }
}
