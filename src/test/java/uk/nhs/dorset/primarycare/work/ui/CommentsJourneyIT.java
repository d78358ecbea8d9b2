package uk.nhs.dorset.primarycare.work.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.pages.GrantBidPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.NotificationsPage;
import uk.nhs.dorset.primarycare.testing.pages.RecordWork;

/**
 * In Chromium: the team mentions estates in an internal comment on a practice's bid; estates
 * alone is told and opens the bid from the bell; the practice's manager never sees the comment.
 */
class CommentsJourneyIT extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void aMentionTellsOnlyTheMentionedUserAndThePracticeNeverSeesTheInternalComment() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(applicationContext).create();
        SignIn.out();
        long estatesBefore = unread("estates");
        long managerBefore = unread("manager");

        MainFrame frame = signIn("team");
        GrantBidPage page = new GrantBidPage(this.page, base()).open(bid.getId());
        RecordWork work = page.work().assignTo("Primary care team (demo) (team)")
                .write("Could you check the builder's second quote?").mention("Estates lead (demo) (@estates)");
        assertThat(work.draft()).hasValue("Could you check the builder's second quote? @estates ");
        work.post();
        assertThat(work.comment("second quote")).containsText("Internal");
        frame.signOut();

        frame = signIn("manager");
        assertThat(frame.bell()).hasAttribute("aria-label", "Notifications, " + managerBefore + " unread");
        frame.signOut();

        frame = signIn("estates");
        assertThat(frame.bell()).hasAttribute("aria-label", "Notifications, " + (estatesBefore + 1) + " unread");
        frame.bell().click();
        this.page.waitForURL("**/notifications");
        new NotificationsPage(this.page, base()).item("team mentioned you").first().click();
        this.page.waitForURL(Pattern.compile(".*/grants/" + bid.getId() + "$"));
        assertThat(new GrantBidPage(this.page, base()).work().comment("second quote")).isVisible();
        frame.signOut();

        signIn("practice");
        RecordWork practiceView = new GrantBidPage(this.page, base()).open(bid.getId()).work();
        assertThat(practiceView.empty()).isVisible();
        assertThat(this.page.locator("body")).not().containsText("second quote");
    }

    private long unread(String user) {
        MainFrame frame = signIn(user);
        long unread = frame.unreadNotifications();
        frame.signOut();
        return unread;
    }
}
