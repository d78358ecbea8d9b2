package uk.nhs.dorset.primarycare.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.programme.RagStatus;
import uk.nhs.dorset.primarycare.programme.TrackerFilter;
import uk.nhs.dorset.primarycare.programme.TrackerItem;
import uk.nhs.dorset.primarycare.programme.TrackerService;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.testing.ViewTest;

class TrackerViewIT extends ViewTest {

    @Autowired
    TrackerService tracker;

    private TrackerItem item(String text) {
        return tracker.list(new TrackerFilter(null, null, null, text)).getFirst();
    }

    /** As a link from the audit trail does: the tracker with the item's dialog open. */
    private void openItem(TrackerItem item) {
        navigate(TrackerView.class);
        UI.getCurrent().navigate(TrackerView.class, QueryParameters.of("item", String.valueOf(item.getId())));
    }

    @SuppressWarnings("unchecked")
    private Select<RagStatus> targetSelect() {
        return find(Select.class).withCondition(s -> "Move RAG to".equals(s.getLabel())).single();
    }

    @Test
    void offTrackIsRefusedWithoutAReasonAndAcceptedWithOne() {
        signIn("team");
        TrackerItem item = item("Today's Student - Tomorrow's Workforce campaign");
        assertThat(item.getRag()).isNotEqualTo(RagStatus.OFF_TRACK);
        openItem(item);

        targetSelect().setValue(RagStatus.OFF_TRACK);
        test(find(Button.class).withText("Change RAG…").single()).click();
        TextArea reason = find(TextArea.class).withCondition(t -> "Comment".equals(t.getLabel())).single();
        test(find(Button.class).withText("Change RAG").single()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason");
        assertThat(tracker.get(item.getId()).getRag()).isEqualTo(item.getRag());

        reason.setValue("Placements withdrawn by two localities");
        test(find(Button.class).withText("Change RAG").single()).click();
        TrackerItem red = tracker.get(item.getId());
        assertThat(red.getRag()).isEqualTo(RagStatus.OFF_TRACK);
        assertThat(red.getHistory().getLast().getComment()).isEqualTo("Placements withdrawn by two localities");
        assertThat(red.getHistory().getLast().getChangedBy()).isEqualTo("team");
    }

    @Test
    void estatesReadsTheItemButSeesNoChangeButtons() {
        signIn("estates");
        TrackerItem item = item("Dorset Care Record (Digital Dorset)");
        openItem(item);
        assertThat(find(Button.class).withText("Change RAG…").all()).isEmpty();
        assertThat(find(Button.class).withText("Save progress").all()).isEmpty();
        assertThat(find(TextArea.class).withCondition(t -> "Next steps".equals(t.getLabel())).single().isReadOnly()).isTrue();
    }

    @Test
    void aTrackerItemIsGivenAnOwnerAndCommentedOnInItsDialogAndTheGridFiltersByItsOwner() {
        signIn("team");
        TrackerItem item = item("Today's Student - Tomorrow's Workforce campaign");
        openItem(item);
        @SuppressWarnings("unchecked")
        ComboBox<UserContact> owner = find(ComboBox.class).withCaption("Owner")
                .withCondition(box -> "Nobody".equals(box.getPlaceholder())).single();    // the dialog's, not the grid's filter
        test(owner).selectItem("Programme manager (demo) (manager)");
        assertThat(tracker.get(item.getId()).getOwner()).isEqualTo("manager");

        test(find(TextArea.class).withCaption("Add a comment").single())
                .setValue("Two localities have withdrawn placements; can we discuss on Monday?");
        test(find(Button.class).withText("Post comment").single()).click();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Two localities have withdrawn placements; can we discuss on Monday?");

        assertThat(tracker.list(new TrackerFilter(null, null, null, null, "manager"))).extracting(TrackerItem::getId)
                .contains(item.getId());
        assertThat(tracker.list(new TrackerFilter(null, null, null, null, "none"))).extracting(TrackerItem::getId)
                .doesNotContain(item.getId());
    }
}
