package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Two people editing one bid, and leaving a bid with unsaved changes. */
class BidFormConflictViewIT extends ViewTest {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;

    private GrantBid aDraft() {
        signIn("team");
        long programme = programmes.programmesOpenForBids().stream().filter(p -> p.getName().equals("2018/19"))
                .findFirst().orElseThrow().getId();
        BidForm form = new BidForm();
        form.setTitle("Records store conversion " + System.nanoTime());
        return grants.create("J81002", programme, form);
    }

    /** Someone else saves the description while this user retitles the bid and edits its notes. */
    @Test
    void aConflictShowsTheirChangeFieldByFieldAndReloadKeepsMyEditsWhereTheyDoNotClash() {
        GrantBid draft = aDraft();
        long id = draft.getId();
        navigate("grants/" + id, GrantBidView.class);
        String myTitle = "My retitled scheme " + System.nanoTime();
        find(TextField.class).withCaption("Scheme title").single().setValue(myTitle);
        find(TextArea.class).withCaption("Notes").single().setValue("My notes");

        BidForm theirs = BidForm.of(grants.bid(id));
        theirs.setDescription("Their description " + System.nanoTime());
        theirs.setNotes("Their notes");
        grants.update(id, draft.getVersion(), theirs);

        test(find(Button.class).withText("Save").single()).click();
        ConflictDialog dialog = find(ConflictDialog.class).single();
        assertThat(dialog.getHeaderTitle()).startsWith("Someone else changed this bid");
        test(find(Button.class).from(dialog).withText("Show their change").single()).click();
        @SuppressWarnings("unchecked")
        Grid<ConflictDialog.Difference> grid = find(Grid.class).from(dialog).single();
        List<ConflictDialog.Difference> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Description");
            assertThat(r.theirs()).isEqualTo(theirs.getDescription());
            assertThat(r.clash()).isFalse();
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Notes");
            assertThat(r.theirs()).isEqualTo("Their notes");
            assertThat(r.yours()).isEqualTo("My notes");
            assertThat(r.clash()).isTrue();
        });

        test(find(Button.class).from(dialog).withText("Reload and keep my edits").single()).click();
        assertThat(find(TextField.class).withCaption("Scheme title").single().getValue()).isEqualTo(myTitle);
        assertThat(find(TextArea.class).withCaption("Description").single().getValue()).isEqualTo(theirs.getDescription());
        assertThat(find(TextArea.class).withCaption("Notes").single().getValue()).isEqualTo("Their notes");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(grants.bid(id).getTitle()).isEqualTo(myTitle);
        assertThat(grants.bid(id).getDescription()).isEqualTo(theirs.getDescription());
    }

    @Test
    void leavingABidWithUnsavedChangesAsksFirstAndStaysUntilTheUserSaysLeave() {
        GrantBid draft = aDraft();
        navigate("grants/" + draft.getId(), GrantBidView.class);
        find(TextArea.class).withCaption("Notes").single().setValue("Typed but not saved");
        UI.getCurrent().navigate("grants");
        assertThat(getCurrentView()).isInstanceOf(GrantBidView.class);
        ConfirmDialog ask = find(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Leave without saving?");
        test(find(Button.class).from(ask).withText("Leave").single()).click();
        assertThat(getCurrentView()).isInstanceOf(GrantsView.class);
    }

    @Test
    void leavingABidWithNothingTypedDoesNotAsk() {
        GrantBid draft = aDraft();
        navigate("grants/" + draft.getId(), GrantBidView.class);
        UI.getCurrent().navigate("grants");
        assertThat(getCurrentView()).isInstanceOf(GrantsView.class);
        assertThat(find(Dialog.class).all()).isEmpty();
    }
}
