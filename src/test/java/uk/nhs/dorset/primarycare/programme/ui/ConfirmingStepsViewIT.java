package uk.nhs.dorset.primarycare.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.programme.AllocationScenario;
import uk.nhs.dorset.primarycare.programme.AllocationService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Steps that change the programme's figures ask first, and a button that cannot be used says why. */
class ConfirmingStepsViewIT extends ViewTest {

    @Autowired
    AllocationService allocation;

    @Test
    void modellingAYearCreatesNothingUntilTheUserConfirms() {
        signIn("manager");
        int before = allocation.scenarios().size();
        navigate(AllocationView.class);
        test(find(Button.class).withText("Model a year…").single()).click();
        test(find(Button.class).withText("Save").single()).click();
        ConfirmDialog ask = find(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).startsWith("Create the modelled allocation for");
        assertThat(allocation.scenarios()).hasSize(before);
        test(find(Button.class).from(ask).withText("Create").single()).click();
        assertThat(allocation.scenarios()).hasSize(before + 1);
    }

    @Test
    void aPublishedAllocationSaysWhyItsFiguresCannotBeEdited() {
        signIn("manager");
        navigate(AllocationView.class);
        @SuppressWarnings("unchecked")
        Select<AllocationScenario> shown = find(Select.class).withCaption("Allocation").single();
        AllocationScenario published = allocation.scenarios().stream().filter(AllocationScenario::isPublished).findFirst().orElseThrow();
        shown.setValue(published);
        Button edit = find(Button.class).withText("Edit figures…").single();
        assertThat(edit.isEnabled()).isFalse();
        assertThat(edit.getTooltip() == null ? null : edit.getTooltip().getText())
                .isEqualTo("A published allocation cannot be edited; model a year to change the figures");
        assertThat(find(Span.class).withClassName("disabled-reason").single().getText())
                .isEqualTo("A published allocation cannot be edited; model a year to change the figures");
    }
}
