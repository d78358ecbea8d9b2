package uk.nhs.dorset.primarycare.estates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.validation.Forms;

/** The project details' field rules, without a database or a form. */
class ProjectDetailsTest {

    private static ProjectDetails details(String name, @Nullable String leadName, @Nullable BigDecimal capital,
                                          @Nullable BigDecimal share, @Nullable Integer feasibility, @Nullable String nextSteps) {
        return new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.PRACTICE, leadName, null, List.of("J81002"),
                capital, share, null, null, null, Rag.GREEN, null, feasibility, nextSteps);
    }

    @Test
    void sensibleDetailsHaveNoProblems() {
        ProjectDetails ok = details("  Swanage extension ", "Swanage Medical Centre", new BigDecimal("420000"),
                new BigDecimal("300000.50"), 40, "Agree the design");
        assertThat(Forms.problems(ok)).isEmpty();
        assertThat(ok.name()).as("stripped as saved").isEqualTo("Swanage extension");
        ok.validate();
    }

    @Test
    void eachFieldRuleSaysWhatToDo() {
        assertThat(Forms.problems(details(" ", null, null, null, null, null))).containsExactly("Give the project a name");
        assertThat(Forms.problems(details("x".repeat(201), null, null, null, null, null)))
                .containsExactly("The name is 201 characters long; keep it to 200 characters");
        assertThat(Forms.problems(details("Ok", "y".repeat(201), null, null, null, null)))
                .containsExactly("The lead organisation name is 201 characters long; keep it to 200 characters");
        assertThat(Forms.problems(details("Ok", null, new BigDecimal("-1"), null, null, null)))
                .containsExactly("Capital value cannot be less than £0");
        assertThat(Forms.problems(details("Ok", null, null, new BigDecimal("10.005"), null, null)))
                .containsExactly("ETTF share must be in pounds and pence");
        assertThat(Forms.problems(details("Ok", null, new BigDecimal("10000000000"), null, null, null)))
                .containsExactly("Capital value of £10,000,000,000 is more than the hub can record; check the figure (the limit is £9,999,999,999)");
        assertThat(Forms.problems(details("Ok", null, null, null, 101, null)))
                .containsExactly("Feasibility complete is a percentage from 0 to 100");
        assertThat(Forms.problems(details("Ok", null, null, null, null, "z".repeat(2001))))
                .containsExactly("The next steps is 2,001 characters long; keep it to 2,000 characters");
        assertThatThrownBy(() -> details("", null, null, null, -1, null).validate())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Give the project a name");
    }

    @Test
    void textLimitsAreTheColumnLengths() throws Exception {
        assertThat(EttfProject.class.getDeclaredField("name").getAnnotation(jakarta.persistence.Column.class).length())
                .isEqualTo(ProjectDetails.NAME_MAX);
        assertThat(EttfProject.class.getDeclaredField("nextSteps").getAnnotation(jakarta.persistence.Column.class).length())
                .isEqualTo(ProjectDetails.TEXT_MAX);
    }
}
