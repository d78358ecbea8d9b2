package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** A programme's budget governs every bid in it, so saving one says what it will be and asks first. */
class ProgrammeDialogViewIT extends ViewTest {

    @Autowired
    GrantProgrammeService programmes;

    private Optional<GrantProgramme> programme(String name) {
        return programmes.programmes().stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    private String unusedYear() {
        int year = 2090;
        while (programme(new FinancialYear(year).toString()).isPresent()) {
            year++;
        }
        return new FinancialYear(year).toString();
    }

    @Test
    void savingAProgrammeSaysItsBudgetAndCreatesNothingUntilConfirmed() {
        signIn("manager");
        String year = unusedYear();
        navigate(GrantsView.class);
        test(find(Button.class).withText("New programme").single()).click();
        ProgrammeDialog dialog = find(ProgrammeDialog.class).single();
        test(find(TextField.class).from(dialog).withCaption("Financial year").single()).setValue(year);
        test(find(BigDecimalField.class).from(dialog).withCaption("Budget (£)").single()).setValue(new BigDecimal("250000"));

        test(find(Button.class).from(dialog).withText("Save").single()).click();
        ConfirmDialog ask = find(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Create programme " + year + "?");
        assertThat(ask.getElement().getProperty("message")).startsWith("Its budget becomes £250,000");
        assertThat(programme(year)).isEmpty();
        test(find(Button.class).from(ask).withText("Go back").single()).click();
        assertThat(programme(year)).isEmpty();

        test(find(Button.class).from(dialog).withText("Save").single()).click();
        test(find(Button.class).from(find(ConfirmDialog.class).last()).withText("Create").single()).click();
        assertThat(programme(year)).hasValueSatisfying(p -> assertThat(p.getBudget()).isEqualByComparingTo("250000"));
    }
}
