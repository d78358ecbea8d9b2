package uk.nhs.dorset.primarycare.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.H2;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.HighImpactAction;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeEdit;
import uk.nhs.dorset.primarycare.practice.PracticeForm;
import uk.nhs.dorset.primarycare.practice.PracticeRepository;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** One practice: the edit form's validation, the optimistic-lock conflict and "not found". */
class PracticeViewIT extends ViewTest {

    @Autowired
    PracticeRepository practices;
    @Autowired
    PracticeService service;

    @Test
    void practiceManagerAskingForAnotherPracticeByUrlSeesNotFound() {
        signIn("practice");
        navigate("practices/J81003", PracticeView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly(PracticeView.NOT_FOUND);
        assertThat(find(H2.class).all()).extracting(H2::getText).noneMatch(t -> t.contains("J81003"));

        PracticeView own = navigate("practices/J81002", PracticeView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).anyMatch(t -> t.contains("Orchid House Surgery"));
        assertThat(own.form()).isNotNull();
        assertThat(own.form().save.isAttached()).isFalse();
        assertThat(own.form().locality.isReadOnly()).isTrue();
    }

    @Test
    void unknownCodeShowsNotFound() {
        signIn("team");
        navigate("practices/Z99999", PracticeView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly(PracticeView.NOT_FOUND);
    }

    @Test
    void aFlagWithoutAReasonIsRefusedAtTheFieldAndNothingIsSaved() {
        signIn("team");
        long before = practices.findByOdsCode("J81010").orElseThrow().getVersion();
        PracticeView view = navigate("practices/J81010", PracticeView.class);
        PracticeEditForm form = view.form();
        assertThat(form).isNotNull();
        test(form.vulnerable).click();
        test(form.reason).setValue("");
        test(form.save).click();
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Give the reason the practice is flagged");
        Practice after = practices.findByOdsCode("J81010").orElseThrow();
        assertThat(after.getVersion()).isEqualTo(before);
        assertThat(after.isVulnerable()).isFalse();
    }

    @Test
    void aReasonLongerThanItsColumnIsRefusedAtTheFieldAndNothingIsSaved() {
        signIn("team");
        long before = practices.findByOdsCode("J81010").orElseThrow().getVersion();
        PracticeView view = navigate("practices/J81010", PracticeView.class);
        PracticeEditForm form = view.form();
        assertThat(form).isNotNull();
        test(form.vulnerable).click();
        form.reason.setValue("x".repeat(PracticeForm.REASON_MAX + 1));
        test(form.save).click();
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage())
                .isEqualTo("The reason for the flags is 2,001 characters long; keep it to 2,000 characters");
        Practice after = practices.findByOdsCode("J81010").orElseThrow();
        assertThat(after.getVersion()).isEqualTo(before);
        assertThat(after.isVulnerable()).isFalse();
    }

    @Test
    void theServiceHoldsTheSameRulesWhereNoFormRan() {
        signIn("team");
        Practice current = practices.findByOdsCode("J81010").orElseThrow();
        PracticeEdit mine = PracticeEdit.of(current);
        assertThatThrownBy(() -> service.update("J81010", current.getVersion(), new PracticeEdit(mine.localityName(),
                mine.pcnCode(), mine.contractType(), true, false, "x".repeat(PracticeForm.REASON_MAX + 1),
                mine.highImpactActions(), mine.cqcRating(), mine.cqcRatingDate())))
                .hasMessage("The reason for the flags is 2,001 characters long; keep it to 2,000 characters");
        assertThat(practices.findByOdsCode("J81010").orElseThrow().getVersion()).isEqualTo(current.getVersion());
    }

    @Test
    void savingRecordsTheChangeAndItsHistory() {
        signIn("admin");
        PracticeView view = navigate("practices/J81011", PracticeView.class);
        PracticeEditForm form = view.form();
        assertThat(form).isNotNull();
        test(form.contract).selectItem(ContractType.PMS.name() + " – " + ContractType.PMS.label());
        test(form.resilience).click();
        test(form.reason).setValue("Two partners retiring in 2018");
        form.actions.setValue(EnumSet.of(HighImpactAction.ACTIVE_SIGNPOSTING, HighImpactAction.REDUCE_DNAS));
        test(form.save).click();

        Practice saved = practices.findByOdsCode("J81011").orElseThrow();
        assertThat(saved.getContractType()).isEqualTo(ContractType.PMS);
        assertThat(saved.isResilienceProgramme()).isTrue();
        assertThat(saved.getVulnerabilityReason()).isEqualTo("Two partners retiring in 2018");
        assertThat(saved.getHighImpactActions()).containsExactlyInAnyOrder(HighImpactAction.ACTIVE_SIGNPOSTING, HighImpactAction.REDUCE_DNAS);
        assertThat(service.history("J81011").getFirst().changes())
                .anyMatch(c -> c.startsWith("Resilience programme: No → Yes"))
                .anyMatch(c -> c.startsWith("Contract: "));
        assertThat(service.history("J81011").getFirst().by()).isEqualTo("admin");
    }

    @Test
    void savingOverSomeoneElsesSaveIsRefusedAndKeepsTheInput() {
        signIn("team");
        PracticeView view = navigate("practices/J81012", PracticeView.class);
        PracticeEditForm form = view.form();
        assertThat(form).isNotNull();
        test(form.reason).setValue("Lost two GPs this year");
        test(form.vulnerable).click();

        // Someone else saves first.
        Practice current = practices.findByOdsCode("J81012").orElseThrow();
        PracticeEdit theirs = PracticeEdit.of(current);
        service.update("J81012", current.getVersion(), new PracticeEdit(theirs.localityName(), theirs.pcnCode(),
                ContractType.GMS, false, false, null, theirs.highImpactActions(), theirs.cqcRating(), theirs.cqcRatingDate()));

        test(form.save).click();
        assertThat(form.refusal.isVisible()).isTrue();
        assertThat(form.refusal.getText()).isEqualTo("Someone else changed this practice; reload to see their change");
        assertThat(form.reason.getValue()).isEqualTo("Lost two GPs this year");
        assertThat(form.vulnerable.getValue()).isTrue();
        Practice after = practices.findByOdsCode("J81012").orElseThrow();
        assertThat(after.isVulnerable()).isFalse();
        assertThat(after.getContractType()).isEqualTo(ContractType.GMS);
    }

    @Test
    void aConflictOffersTheirChangeAndAReloadThatKeepsWhatWasTyped() {
        signIn("team");
        PracticeView view = navigate("practices/J81012", PracticeView.class);
        PracticeEditForm form = view.form();
        assertThat(form).isNotNull();
        test(form.reason).setValue("Lost two GPs this year");
        test(form.vulnerable).click();
        Practice current = practices.findByOdsCode("J81012").orElseThrow();
        PracticeEdit theirs = PracticeEdit.of(current);
        ContractType other = current.getContractType() == ContractType.PMS ? ContractType.GMS : ContractType.PMS;
        service.update("J81012", current.getVersion(), new PracticeEdit(theirs.localityName(), theirs.pcnCode(),
                other, false, false, null, theirs.highImpactActions(), theirs.cqcRating(), theirs.cqcRatingDate()));

        test(form.save).click();
        uk.nhs.dorset.primarycare.base.ui.ConflictDialog<?> dialog = find(uk.nhs.dorset.primarycare.base.ui.ConflictDialog.class).single();
        assertThat(dialog.differences()).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("Contract type"));
        test(find(com.vaadin.flow.component.button.Button.class).from(dialog).withText("Reload and keep my edits").single()).click();
        assertThat(form.reason.getValue()).isEqualTo("Lost two GPs this year");
        assertThat(form.vulnerable.getValue()).isTrue();
        test(form.save).click();
        Practice after = practices.findByOdsCode("J81012").orElseThrow();
        assertThat(after.isVulnerable()).isTrue();
        assertThat(after.getContractType()).isEqualTo(other);
    }
}
