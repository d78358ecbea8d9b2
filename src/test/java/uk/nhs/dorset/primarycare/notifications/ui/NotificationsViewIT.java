package uk.nhs.dorset.primarycare.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.nhs.dorset.primarycare.testing.MailServer;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import uk.nhs.dorset.primarycare.notifications.Delivery;
import uk.nhs.dorset.primarycare.notifications.EmailOutbox;
import uk.nhs.dorset.primarycare.notifications.NotificationKind;
import uk.nhs.dorset.primarycare.notifications.Preferences;
import uk.nhs.dorset.primarycare.notifications.Notification;
import uk.nhs.dorset.primarycare.notifications.PracticeBids;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Estates approves a practice's bid: the practice's bell counts it, the notification opens the bid, the mail links to it. */
class NotificationsViewIT extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EmailOutbox outbox;
    @Autowired
    ApplicationClock clock;
    @Autowired
    Preferences preferences;

    @Test
    void aUserChoosesADailyDigestForMovesWaitingForThemOnTheAccountPage() {
        signIn("team");
        UI.getCurrent().navigate("account");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Delivery> waiting = find(RadioButtonGroup.class).withCaption("Moves waiting for me").single();
        assertThat(waiting.getValue()).isEqualTo(preferences.mine().get(NotificationKind.WAITING));
        try {
            test(waiting).selectItem("Daily digest");
            assertThat(preferences.mine()).containsEntry(NotificationKind.WAITING, Delivery.DIGEST)
                    .containsEntry(NotificationKind.PRACTICE, Delivery.IMMEDIATELY);
        } finally {
            preferences.choose(NotificationKind.WAITING, Delivery.IMMEDIATELY);
        }
    }

    @Test
    void thePracticeHearsOfItsApprovedBidInTheBellTheListAndTheMail() throws Exception {
        PracticeBids bids = new PracticeBids(context);
        GrantBid bid = bids.underReview();
        signIn("practice");
        navigate(NotificationsView.class);
        long before = find(Bell.class).single().unread();

        bids.approve(bid);
        signIn("practice");
        navigate(NotificationsView.class);

        assertThat(find(Bell.class).single().unread()).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        Grid<Notification> grid = find(Grid.class).single();
        Notification newest = test(grid).getRow(0);
        assertThat(newest.link()).isEqualTo("grants/" + bid.getId());
        assertThat(newest.text()).contains("is now approved", bid.label());
        test((Button) test(grid).getCellComponent(0, 1)).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("grants/" + bid.getId());
        assertThat(find(Bell.class).single().unread()).as("opened, so read").isEqualTo(before);

        try (MailServer smtp = MailServer.onAFreePort().start()) {
            outbox.sendDue(smtp.sender(), clock.instant().plusSeconds(1));
            assertThat(smtp.bodies())
                    .anySatisfy(body -> assertThat(body).contains("http://localhost:8080/grants/" + bid.getId(), "is now approved"));
        }
    }
}
