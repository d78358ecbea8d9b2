package uk.nhs.dorset.primarycare.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.workflow.RecordRef;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.mergers.MergerWorkflowFixture;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** Comment threads on MariaDB: internal unless shared, mentions tell only who is named, edits keep the earlier text. */
@IntegrationTest
class CommentsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient db;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aMentionTellsTheMentionedUserOnlyAndAnInternalCommentIsNeverReadByThePractice() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(context).create();    // J81002's, the demo practice manager's
        RecordRef ref = bid.ref();

        SignIn.as(users, "team");
        comments.post(ref, "@estates could you check the quote? @practice should not hear of this.", false);

        assertThat(told("estates", bid.link())).containsExactly("MENTIONED");
        assertThat(told("manager", bid.link())).isEmpty();
        assertThat(told("practice", bid.link())).as("a practice manager cannot read an internal comment").isEmpty();
        assertThat(told("team", bid.link())).isEmpty();
        assertThat(text("estates", bid.link())).contains("team mentioned you", "could you check the quote?");

        SignIn.as(users, "practice");
        assertThat(comments.thread(ref)).isEmpty();
        assertThat(comments.mentionable(ref, false)).extracting(u -> u.username()).contains("team", "estates")
                .doesNotContain("practice");
        assertThatThrownBy(() -> comments.share(onlyComment(ref), 0)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "estates");
        Comment internal = comments.thread(ref).getFirst();
        assertThat(internal.shared()).isFalse();
        assertThat(internal.mayShare()).isTrue();
        assertThat(comments.mentionable(ref, false)).extracting(u -> u.username()).doesNotContain("practice", "estates");
        assertThat(comments.mentionable(ref, true)).extracting(u -> u.username()).contains("practice");
    }

    @Test
    void aSharedCommentReachesThePracticeWhichAnswersAndTheOwnerHears() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(context).create();
        RecordRef ref = bid.ref();
        SignIn.as(users, "team");
        context.getBean(AssignmentService.class).assign(ref, bid.getVersion(), "estates");
        Comment question = comments.post(ref, "Please send the second quote.", false);
        comments.share(question.id(), question.version());
        assertThat(told("practice", bid.link())).containsExactly("SHARED_COMMENT");

        SignIn.as(users, "practice");
        assertThat(comments.thread(ref)).extracting(Comment::body).containsExactly("Please send the second quote.");
        Comment answer = comments.post(ref, "Attached today.", false);
        assertThat(answer.shared()).as("a practice's own words are read by the practice").isTrue();
        assertThat(told("estates", bid.link())).as("the owner hears the practice").contains("ASSIGNED");
        assertThat(text("estates", bid.link())).contains("Attached today.");
    }

    @Test
    void anEditKeepsTheEarlierTextAndOnlyTheAuthorEdits() {
        WorkflowRecord<?> bid = new GrantWorkflowFixture(context).create();
        SignIn.as(users, "team");
        Comment first = comments.post(bid.ref(), "The lease runs to 2031.", false);
        Comment edited = comments.edit(first.id(), first.version(), "The lease runs to 2032. @manager FYI");

        assertThat(edited.body()).isEqualTo("The lease runs to 2032. @manager FYI");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(told("manager", bid.link())).as("a mention added by an edit is told").containsExactly("MENTIONED");
        SignIn.as(users, "estates");
        Comment read = comments.thread(bid.ref()).getFirst();
        assertThat(read.earlier()).containsExactly("The lease runs to 2031.");
        assertThat(read.mayEdit()).isFalse();
        assertThatThrownBy(() -> comments.edit(read.id(), read.version(), "Rewritten by someone else"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Only the person who wrote a comment may edit it.");
        assertThat(comments.thread(bid.ref()).getFirst().body()).isEqualTo("The lease runs to 2032. @manager FYI");
    }

    @Test
    void blankOrOverlongCommentsAreRefusedWithTheReasonAndRecordsOfSeveralPracticesShareNothing() {
        MergerWorkflowFixture mergers = new MergerWorkflowFixture(context);
        WorkflowRecord<?> merger = mergers.create();
        SignIn.as(users, "team");
        assertThatThrownBy(() -> comments.post(merger.ref(), "   ", false)).hasMessage("Write a comment before posting it.");
        assertThatThrownBy(() -> comments.post(merger.ref(), "x".repeat(4001), false))
                .hasMessage("A comment can be at most 4000 characters; this one has 4001.");
        assertThatThrownBy(() -> comments.post(merger.ref(), "For the practices", true))
                .hasMessageContaining("belongs to no single practice");
        assertThat(comments.post(merger.ref(), "Internal note on the case", false).shared()).isFalse();

        SignIn.as(users, "practice");
        assertThatThrownBy(() -> comments.thread(merger.ref())).as("not the practice's own record").isInstanceOf(NotFound.class);
        mergers.discard(merger.getId());
    }

    private long onlyComment(RecordRef ref) {
        return db.sql("select id from record_comment where record_type = :type and record_id = :id")
                .param("type", ref.type()).param("id", ref.id()).query(Long.class).single();
    }

    private List<String> told(String user, String link) {
        return db.sql("select kind from notification where recipient = :user and link = :link and kind not in ('WAITING', 'PRACTICE') order by id")
                .param("user", user).param("link", link).query(String.class).list();
    }

    private String text(String user, String link) {
        return String.join("\n", db.sql("select text from notification where recipient = :user and link = :link and kind not in ('WAITING', 'PRACTICE') order by id")
                .param("user", user).param("link", link).query(String.class).list());
    }
}
