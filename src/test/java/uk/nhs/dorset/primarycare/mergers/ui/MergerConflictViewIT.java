package uk.nhs.dorset.primarycare.mergers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerDetails;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.mergers.MergerReason;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The merger case form meets someone else's save, and is left with unsaved notes. */
class MergerConflictViewIT extends ViewTest {

    @Autowired
    MergerService mergers;

    private MergerCase aCase(String title) {
        signIn("team");
        MergerDetails d = new MergerDetails();
        d.setTitle(title);
        d.setReason(MergerReason.RESILIENCE);
        d.setParties(List.of(new MergerParty("J81066", "", ContractType.GMS, 5000, false),
                new MergerParty("J81067", "", ContractType.GMS, 9000, true)));
        return mergers.create(d);
    }

    @Test
    void reloadKeepsMyNotesAndTakesTheirTitle() {
        MergerCase c = aCase("IT conflict case");
        navigate("mergers/" + c.getId(), MergerCaseView.class);
        find(TextArea.class).withCaption("Case notes").single().setValue("My case notes");

        MergerDetails theirs = MergerDetails.of(mergers.get(c.getId()));
        theirs.setTitle("Their retitled case");
        mergers.update(c.getId(), c.getVersion(), theirs);

        test(find(Button.class).withText("Save changes").single()).click();
        ConflictDialog<?> dialog = find(ConflictDialog.class).single();
        assertThat(dialog.differences()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("Title");
            assertThat(d.theirs()).isEqualTo("Their retitled case");
            assertThat(d.clash()).isFalse();
        });
        test(find(Button.class).from(dialog).withText("Reload and keep my edits").single()).click();
        assertThat(find(TextField.class).withCaption("Title").single().getValue()).isEqualTo("Their retitled case");
        assertThat(find(TextArea.class).withCaption("Case notes").single().getValue()).isEqualTo("My case notes");
        test(find(Button.class).withText("Save changes").single()).click();
        MergerCase saved = mergers.get(c.getId());
        assertThat(saved.getTitle()).isEqualTo("Their retitled case");
        assertThat(saved.getCaseNotes()).isEqualTo("My case notes");

        find(TextArea.class).withCaption("Case notes").single().setValue("Typed and not saved");
        UI.getCurrent().navigate(MergersView.ROUTE);
        assertThat(getCurrentView()).isInstanceOf(MergerCaseView.class);
        assertThat(find(ConfirmDialog.class).single().getElement().getProperty("header")).isEqualTo("Leave without saving?");
    }
}
