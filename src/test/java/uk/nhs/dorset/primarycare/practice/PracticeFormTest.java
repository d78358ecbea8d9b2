package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The practice form's rules, as the view shows them and the service enforces them. */
class PracticeFormTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 10, 17);

    @Test
    void aPlainRecordHasNoProblems() {
        assertThat(new PracticeForm().problems(TODAY)).isEmpty();
    }

    @Test
    void theReasonMayBeAsLongAsItsColumnAndNoLonger() {
        PracticeForm form = flagged("x".repeat(PracticeForm.REASON_MAX));
        assertThat(form.problems(TODAY)).isEmpty();
        form.setReason("x".repeat(PracticeForm.REASON_MAX + 1));
        assertThat(form.problems(TODAY))
                .containsExactly("The reason for the flags is 2,001 characters long; keep it to 2,000 characters");
    }

    @Test
    void aFlagNeedsAReason() {
        assertThat(flagged(" ").problems(TODAY)).containsExactly("Give the reason the practice is flagged");
        PracticeForm resilience = new PracticeForm();
        resilience.setResilience(true);
        assertThat(resilience.problems(TODAY)).containsExactly("Give the reason the practice is flagged");
    }

    @Test
    void aRatingDateIsNotInTheFutureAndBelongsToARating() {
        PracticeForm form = new PracticeForm();
        form.setCqcDate(TODAY);
        assertThat(form.problems(TODAY)).containsExactly("Choose the CQC rating the date belongs to");
        form.setCqc(CqcRating.GOOD);
        assertThat(form.problems(TODAY)).isEmpty();
        form.setCqcDate(TODAY.plusDays(1));
        assertThat(form.problems(TODAY)).containsExactly("The CQC rating date cannot be in the future");
    }

    @Test
    void theFormCarriesAnEditBothWays() {
        PracticeForm form = flagged("Two partners retiring");
        form.setContract(ContractType.PMS);
        form.setPcn("U123");
        PracticeEdit edit = form.toEdit();
        assertThat(edit.flagReason()).isEqualTo("Two partners retiring");
        assertThat(PracticeForm.of(edit).toEdit()).isEqualTo(edit);
        assertThat(new PracticeForm().toEdit().flagReason()).isNull();
    }

    private static PracticeForm flagged(String reason) {
        PracticeForm form = new PracticeForm();
        form.setVulnerable(true);
        form.setReason(reason);
        return form;
    }
}
