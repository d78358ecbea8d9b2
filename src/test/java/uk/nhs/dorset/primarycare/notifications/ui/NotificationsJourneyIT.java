package uk.nhs.dorset.primarycare.notifications.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.nhs.dorset.primarycare.testing.MailServer;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.notifications.EmailOutbox;
import uk.nhs.dorset.primarycare.notifications.PracticeBids;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.pages.GrantBidPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.NotificationsPage;

/** In Chromium: estates approves a practice's bid; the practice's bell counts it, opens the bid, and the mail links to it. */
class NotificationsJourneyIT extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    EmailOutbox outbox;
    @Autowired
    ApplicationClock clock;

    @Test
    void estatesApprovesAndThePracticeOpensTheBidFromItsBellAndItsMail() throws Exception {
        GrantBid bid = new PracticeBids(applicationContext).underReview();
        SignIn.out();

        MainFrame frame = signIn("practice");
        long before = frame.unreadNotifications();
        frame.signOut();

        frame = signIn("estates");
        GrantBidPage page = new GrantBidPage(this.page, base()).open(bid.getId());
        page.move("Approve");
        assertThat(page.badge("Approved")).isVisible();
        frame.signOut();

        frame = signIn("practice");
        assertThat(frame.bell()).hasAttribute("aria-label", "Notifications, " + (before + 1) + " unread");
        frame.bell().click();
        this.page.waitForURL("**/notifications");
        NotificationsPage notifications = new NotificationsPage(this.page, base());
        notifications.item(bid.label()).first().click();
        this.page.waitForURL(Pattern.compile(".*/grants/" + bid.getId() + "$"));
        assertThat(frame.bell()).hasAttribute("aria-label", "Notifications, " + before + " unread");

        try (MailServer smtp = MailServer.onAFreePort().start()) {
            outbox.sendDue(smtp.sender(), clock.instant().plusSeconds(1));
            assertThat(smtp.bodies()).anySatisfy(body -> assertThat(body).contains("/grants/" + bid.getId(), "is now approved"));
        }
    }
}
