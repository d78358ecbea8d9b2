package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * The demo's grant bids were made through the services by the users who would have made them,
 * on the days the papers give: their history and field audit say who and when, as for any bid.
 */
@IntegrationTest
class GrantDemoDataIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

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

    @Test
    void aPaidBidOfTheFirstProgrammeCarriesItsWholeHistoryOnItsOwnDates() {
        SignIn.as(users, "manager");
        GrantProgramme y2016 = programmes.programmes().stream().filter(p -> p.getName().equals("2016/17")).findFirst().orElseThrow();
        var paid = grants.export(new GrantFilter(y2016.getId(), BidStatus.PAID, null, null, null, null), Sort.by("id"))
                .findFirst().orElseThrow();
        GrantBid bid = grants.bid(paid.id());
        assertThat(bid.getHistory()).extracting(StatusChange::getToStatus)
                .containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED", "WORKS_IN_PROGRESS", "EVIDENCE_SUBMITTED", "PAID");
        assertThat(bid.getHistory()).extracting(StatusChange::getChangedBy)
                // Money needs two people: the second estates lead reviewed, the first approved.
                .containsExactly("team", "team", "estates2", "estates", "estates", "estates", "estates");
        assertThat(bid.getHistory()).allSatisfy(row -> assertThat(LocalDate.ofInstant(row.getChangedAt(), LONDON))
                .isBetween(LocalDate.of(2016, 3, 1), LocalDate.of(2017, 6, 30)));
        assertThat(bid.getHistory()).extracting(StatusChange::getChangedAt).isSorted();

        List<FieldChange> changes = grants.fieldChanges(bid.getId());
        StatusChange approval = bid.getHistory().get(3);
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Approved grant");
            assertThat(change.by()).isEqualTo("estates");
            assertThat(change.at()).isEqualTo(approval.getChangedAt());
        });
    }
}
