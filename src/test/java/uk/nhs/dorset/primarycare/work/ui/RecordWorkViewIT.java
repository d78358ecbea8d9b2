package uk.nhs.dorset.primarycare.work.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.estates.EttfWorkflowFixture;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.testing.ViewTest;
import uk.nhs.dorset.primarycare.work.AssignmentService;

/** The owner picker and the comment thread on a record's page, and the "My work" page, as each role sees them. */
class RecordWorkViewIT extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AssignmentService assignments;

    @Test
    void teamGivesABidToEstatesOnItsPageAndItIsOnEstatesMyWork() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(context).create();
        signIn("team");
        UI.getCurrent().navigate(bid.link());
        OwnerPicker picker = find(OwnerPicker.class).single();
        assertThat(picker.owner.getValue()).isNull();
        test(picker.owner).selectItem("Estates lead (demo) (estates)");

        OwnerPicker reloaded = find(OwnerPicker.class).single();
        assertThat(reloaded.owner.getValue()).isNotNull();
        assertThat(reloaded.owner.getValue().username()).isEqualTo("estates");

        signIn("estates");
        navigate(MyWorkView.class);
        MyWorkView page = find(MyWorkView.class).single();
        List<String> links = find(com.vaadin.flow.component.html.Anchor.class).from(page.assigned).all().stream()
                .map(com.vaadin.flow.component.html.Anchor::getHref).toList();
        assertThat(links).contains(bid.link());
    }

    @Test
    void aMentionPicksTheNameIntoTheTextAndThePracticeNeverSeesTheInternalComment() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(context).create();
        signIn("team");
        UI.getCurrent().navigate(bid.link());
        CommentThread thread = find(CommentThread.class).single();
        test(thread.text).setValue("Could you look at the quote,");
        test(thread.mention).selectItem("Estates lead (demo) (@estates)");
        assertThat(thread.text.getValue()).isEqualTo("Could you look at the quote, @estates ");
        test(thread.post).click();
        assertThat(commentBodies(thread)).containsExactly("Could you look at the quote, @estates");
        assertThat(thread.text.getValue()).as("emptied for the next").isEmpty();

        test(thread.text).setValue("We have what we need, thank you.");
        test(thread.shared).click();
        test(thread.post).click();
        assertThat(audiences(thread)).containsExactly("Internal", "Shared with the practice");

        signIn("practice");
        UI.getCurrent().navigate(bid.link());
        CommentThread practiceThread = find(CommentThread.class).single();
        assertThat(commentBodies(practiceThread)).containsExactly("We have what we need, thank you.");
        assertThat(practiceThread.shared.isVisible()).as("what a practice writes is shared by nature").isFalse();
        assertThat(find(OwnerPicker.class).single().owner.isAttached()).as("a practice reads the owner, not picks it").isFalse();
    }

    @Test
    void theAuthorEditsACommentAndTheEarlierTextStaysInItsHistory() {
        WorkflowRecord<?> project = new EttfWorkflowFixture(context).create();
        signIn("estates");
        UI.getCurrent().navigate(project.link());
        CommentThread thread = find(CommentThread.class).single();
        test(thread.text).setValue("Planning decision due in May.");
        test(thread.post).click();

        test(find(Button.class).from(thread).withText("Edit").single()).click();
        TextArea words = find(TextArea.class).from(thread)
                .withCaption("Edit your comment").single();
        test(words).setValue("Planning decision due in June.");
        test(find(Button.class).from(thread).withText("Save").single()).click();

        assertThat(commentBodies(thread)).containsExactly("Planning decision due in June.");
        assertThat(find(Details.class).from(thread).single().getSummaryText())
                .startsWith("Edited ");
        assertThat(find(Paragraph.class).from(thread).all()).extracting(Paragraph::getText).contains("Planning decision due in May.");
    }

    @Test
    void staffMayMoveWithoutNotifyingAndTheHistorySaysSoWhileAPracticeIsNeverOffered() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(context).create();
        signIn("practice");
        UI.getCurrent().navigate(bid.link());
        test(find(Button.class).withText("Submit").single()).click();
        assertThat(find(Checkbox.class).withCaption("Move without notifying anyone").all())
                .isEmpty();
        test(find(Button.class).withText("Cancel").single()).click();

        signIn("team");
        UI.getCurrent().navigate(bid.link());
        test(find(Button.class).withText("Submit").single()).click();
        test(find(Checkbox.class).withCaption("Move without notifying anyone").single()).click();
        test(find(TextArea.class).withCaption("Comment").single())
                .setValue("Entered from the practice's paper form");
        test(find(Button.class).withText("Submit").last()).click();

        StatusHistoryGrid history = find(StatusHistoryGrid.class).single();
        assertThat(test(history).getCellText(0, 4)).isEqualTo("Nobody notified: Entered from the practice's paper form");
    }

    private List<String> commentBodies(CommentThread thread) {
        return find(Paragraph.class).from(thread.comments).all().stream()
                .filter(p -> p.hasClassName("comment-body")).map(Paragraph::getText).toList();
    }

    private List<String> audiences(CommentThread thread) {
        return find(Span.class).from(thread.comments).all().stream()
                .filter(s -> s.hasClassName("comment-audience")).map(Span::getText).toList();
    }
}
