package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.TransitionDialog;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.grants.AttachmentKind;
import uk.nhs.dorset.primarycare.grants.BidFixtures;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** A practice takes back a bid it submitted, from the bid itself, until a reviewer has started on it. */
class PracticeWithdrawViewIT extends ViewTest {

    private static final byte[] PDF = "%PDF-1.4\n%quote\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;

    private GrantBid submittedByThePractice(String title) {
        signIn("practice");
        long programme = programmes.programmesOpenForBids().stream().filter(p -> p.getName().equals("2018/19"))
                .findFirst().orElseThrow().getId();
        BidForm form = BidFixtures.completeForm();
        form.setTitle(title);
        GrantBid bid = grants.create("J81002", programme, form);
        bid = grants.attach(bid.getId(), AttachmentKind.QUOTE, "quote.pdf", PDF);
        return grants.move(bid.getId(), bid.getVersion(), BidStatus.SUBMITTED, MoveRequest.none());
    }

    @Test
    void thePracticeWithdrawsItsSubmittedBidSayingWhy() {
        GrantBid bid = submittedByThePractice("Withdrawn by the practice " + System.nanoTime());
        navigate("grants/" + bid.getId(), GrantBidView.class);
        test(find(Button.class).withClassName("workflow-action").withText("Withdraw").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        find(TextArea.class).from(dialog).all().forEach(comment -> test(comment).setValue("The landlord will not agree the works"));
        test(find(Button.class).from(dialog).withText("Withdraw").single()).click();

        assertThat(grants.bid(bid.getId()).getStatus()).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(find(StatusBadge.class).withText("Withdrawn").exists()).isTrue();
    }

    @Test
    void onceTheReviewHasStartedThePracticeCanNoLongerWithdraw() {
        GrantBid bid = submittedByThePractice("Under review " + System.nanoTime());
        signIn("estates");
        grants.move(bid.getId(), bid.getVersion(), BidStatus.UNDER_REVIEW, MoveRequest.none());

        signIn("practice");
        navigate("grants/" + bid.getId(), GrantBidView.class);
        assertThat(find(StatusBadge.class).withText("Under review").exists()).isTrue();
        assertThat(find(Button.class).withClassName("workflow-action").withText("Withdraw").all()).isEmpty();
    }
}
