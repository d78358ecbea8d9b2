package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Practice;

class WorkforceProfileTest {

    static final Instant AT = Instant.parse("2017-10-02T09:00:00Z");
    static final Actor TEAM = Actor.of("team", Role.TEAM);
    static final Actor MANAGER = Actor.of("manager", Role.MANAGER);
    static final Actor ESTATES = Actor.of("estates", Role.ESTATES);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN);
    static final Actor OWN_PRACTICE = Actor.practiceManager("practice", "J81002");
    static final Actor OTHER_PRACTICE = Actor.practiceManager("other", "J81003");

    static WorkforceProfile profile() {
        WorkforceProfile p = new WorkforceProfile(new Practice("J81002", "Orchid House Surgery"), LocalDate.of(2017, 9, 30),
                "Entered", TEAM, AT);
        p.setFigures(StaffRole.GP_PARTNER, 4, new BigDecimal("3.5"));
        p.setFigures(StaffRole.GP_SALARIED, 2, new BigDecimal("1.5"));
        p.setRegisteredPatients(10_000);
        return p;
    }

    @Test
    void rolesBelongToTheirGroups() {
        assertThat(StaffGroup.GP.roles()).containsExactly(StaffRole.GP_PARTNER, StaffRole.GP_SALARIED, StaffRole.GP_LOCUM,
                StaffRole.GP_RETAINER, StaffRole.GP_TRAINEE);
        assertThat(StaffGroup.ADMIN.roles()).containsExactly(StaffRole.PRACTICE_MANAGER, StaffRole.RECEPTIONIST, StaffRole.ADMIN_OTHER);
        assertThat(StaffRole.PARAMEDIC.group()).isEqualTo(StaffGroup.DIRECT_PATIENT_CARE);
    }

    @Test
    void notSuppliedStaysNullNotZero() {
        WorkforceProfile p = profile();
        assertThat(p.groupFte(StaffGroup.GP)).isEqualByComparingTo("5.0");
        assertThat(p.groupHeadcount(StaffGroup.GP)).isEqualTo(6);
        assertThat(p.groupFte(StaffGroup.NURSES)).isNull();
        assertThat(p.groupFtes()).containsOnlyKeys(StaffGroup.GP);
        assertThat(p.patientsPerGpFte()).isEqualByComparingTo("2000");
        // Nurses not supplied: the clinical FTE, and so patients per clinical FTE, are unknown.
        assertThat(p.clinicalFte()).isNull();
        assertThat(p.patientsPerClinicalFte()).isNull();

        p.setFigures(StaffRole.NURSE, 3, new BigDecimal("2.0"));
        p.setFigures(StaffRole.HCA, null, new BigDecimal("0"));
        assertThat(p.clinicalFte()).isEqualByComparingTo("7.0");
        assertThat(p.patientsPerClinicalFte()).isEqualByComparingTo("1429");
    }

    @Test
    void suppliedZeroIsNotNotSupplied() {
        WorkforceProfile p = profile();
        p.setFigures(StaffRole.NURSE, 0, BigDecimal.ZERO);
        assertThat(p.groupFte(StaffGroup.NURSES)).isEqualByComparingTo("0");
        p.setFigures(StaffRole.NURSE, null, null);
        assertThat(p.groupFte(StaffGroup.NURSES)).isNull();
        assertThat(p.figures(StaffRole.NURSE)).isNull();
    }

    @Test
    void patientsPerFteNeedPatients() {
        WorkforceProfile p = profile();
        p.setRegisteredPatients(null);
        assertThat(p.patientsPerGpFte()).isNull();
    }

    @Test
    void figuresAreBounded() {
        WorkforceProfile p = profile();
        assertThatThrownBy(() -> p.setFigures(StaffRole.NURSE, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setFigures(StaffRole.NURSE, null, new BigDecimal("-0.5"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transitionTableByRole() {
        assertThat(ProfileStatus.DRAFT.allowedNext(TEAM)).containsExactly(ProfileStatus.CIRCULATED);
        assertThat(ProfileStatus.DRAFT.allowedNext(MANAGER)).containsExactly(ProfileStatus.CIRCULATED);
        assertThat(ProfileStatus.DRAFT.allowedNext(OWN_PRACTICE)).isEmpty();
        assertThat(ProfileStatus.DRAFT.allowedNext(ESTATES)).isEmpty();
        assertThat(ProfileStatus.CIRCULATED.allowedNext(OWN_PRACTICE)).containsExactly(ProfileStatus.VALIDATED, ProfileStatus.QUERIED);
        assertThat(ProfileStatus.CIRCULATED.allowedNext(TEAM)).containsExactly(ProfileStatus.VALIDATED, ProfileStatus.QUERIED);
        assertThat(ProfileStatus.CIRCULATED.allowedNext(MANAGER)).isEmpty();
        assertThat(ProfileStatus.CIRCULATED.allowedNext(ADMIN)).isEmpty();
        assertThat(ProfileStatus.QUERIED.allowedNext(TEAM)).containsExactly(ProfileStatus.CIRCULATED);
        assertThat(ProfileStatus.QUERIED.allowedNext(OWN_PRACTICE)).isEmpty();
        assertThat(ProfileStatus.VALIDATED.isTerminal()).isTrue();
    }

    @Test
    void practiceValidatesItsOwnCirculatedProfile() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, null));
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.CIRCULATED);
        p.move(ProfileStatus.VALIDATED, new Move(OWN_PRACTICE, AT.plusSeconds(60), null));
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.VALIDATED);
        assertThat(p.getHistory()).extracting(h -> h.getToStatus()).containsExactly("DRAFT", "CIRCULATED", "VALIDATED");
        assertThat(p.getHistory().getLast().getChangedBy()).isEqualTo("practice");
        assertThatThrownBy(() -> p.setFigures(StaffRole.NURSE, 1, BigDecimal.ONE))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("validated by practice");
    }

    @Test
    void anotherPracticeMayNotValidateOrQuery() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, null));
        assertThatThrownBy(() -> p.move(ProfileStatus.VALIDATED, new Move(OTHER_PRACTICE, AT, null)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("J81002's own practice manager");
        assertThatThrownBy(() -> p.move(ProfileStatus.QUERIED, new Move(OTHER_PRACTICE, AT, "Wrong")))
                .isInstanceOf(TransitionNotAllowed.class);
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.CIRCULATED);
    }

    @Test
    void managerCirculatesButDoesNotValidate() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(MANAGER, AT, null));
        assertThatThrownBy(() -> p.move(ProfileStatus.VALIDATED, new Move(MANAGER, AT, null)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Your role may not");
        assertThatThrownBy(() -> p.move(ProfileStatus.VALIDATED, new Move(ESTATES, AT, null))).isInstanceOf(TransitionNotAllowed.class);
        p.move(ProfileStatus.VALIDATED, new Move(TEAM, AT, "Confirmed by phone with the practice manager"));
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.VALIDATED);
    }

    @Test
    void practiceCannotCirculateOrValidateADraft() {
        WorkforceProfile p = profile();
        assertThatThrownBy(() -> p.move(ProfileStatus.CIRCULATED, new Move(OWN_PRACTICE, AT, null))).isInstanceOf(TransitionNotAllowed.class);
        assertThatThrownBy(() -> p.move(ProfileStatus.VALIDATED, new Move(OWN_PRACTICE, AT, null)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("cannot move to validated");
    }

    @Test
    void queryNeedsACommentThenRecirculates() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, null));
        assertThatThrownBy(() -> p.move(ProfileStatus.QUERIED, new Move(OWN_PRACTICE, AT, "  ")))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Say what is wrong");
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.CIRCULATED);
        p.move(ProfileStatus.QUERIED, new Move(OWN_PRACTICE, AT, "Our locum is 0.5 FTE, not 1.0"));
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.QUERIED);
        assertThat(p.getQueryComment()).isEqualTo("Our locum is 0.5 FTE, not 1.0");
        p.setFigures(StaffRole.GP_LOCUM, 1, new BigDecimal("0.5"));
        assertThatThrownBy(() -> p.move(ProfileStatus.CIRCULATED, new Move(OWN_PRACTICE, AT, null))).isInstanceOf(TransitionNotAllowed.class);
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, null));
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.CIRCULATED);
        assertThat(p.getHistory().getLast().getComment()).isEqualTo("Re-circulated after the query");
    }

    @Test
    void anEmptyProfileCannotBeCirculated() {
        WorkforceProfile p = new WorkforceProfile(new Practice("J81099", "Empty"), LocalDate.of(2017, 9, 30), "Entered", TEAM, AT);
        assertThatThrownBy(() -> p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, null)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Enter at least one role");
    }

    @Test
    void theCommentTypedWhenRecirculatingIsKept() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, "First circulation for the autumn round"));
        p.move(ProfileStatus.QUERIED, new Move(OWN_PRACTICE, AT, "Our locum is 0.5 FTE, not 1.0"));
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, "Locum corrected to 0.5 FTE"));
        assertThat(p.getHistory()).extracting(h -> h.getComment()).containsExactly("Created from Entered",
                "First circulation for the autumn round", "Our locum is 0.5 FTE, not 1.0", "Locum corrected to 0.5 FTE");
    }

    @Test
    void everyMoveStoresItsCommentVerbatim() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, "Sent to Purbeck"));
        p.move(ProfileStatus.VALIDATED, new Move(OWN_PRACTICE, AT, "Checked against our payroll"));
        assertThat(p.getHistory().getLast().getComment()).isEqualTo("Checked against our payroll");
        assertThat(p.getHistory()).extracting(h -> h.getComment()).contains("Sent to Purbeck");
    }

    @Test
    void theTableWordsEachMove() {
        assertThat(ProfileStatus.DRAFT.action(ProfileStatus.CIRCULATED)).isEqualTo("Circulate to locality");
        assertThat(ProfileStatus.QUERIED.action(ProfileStatus.CIRCULATED)).isEqualTo("Re-circulate");
        assertThat(ProfileStatus.CIRCULATED.action(ProfileStatus.VALIDATED)).isEqualTo("Validate");
        assertThat(ProfileStatus.CIRCULATED.action(ProfileStatus.QUERIED)).isEqualTo("Query");
        assertThat(ProfileStatus.CIRCULATED.needsReason(ProfileStatus.QUERIED)).isTrue();
        assertThat(ProfileStatus.CIRCULATED.needsReason(ProfileStatus.VALIDATED)).isFalse();
        assertThat(ProfileStatus.CIRCULATED.isRefusal(ProfileStatus.QUERIED)).isTrue();
        assertThat(ProfileStatus.CIRCULATED.isRefusal(ProfileStatus.VALIDATED)).isFalse();
    }

    @Test
    void anotherPracticeIsOfferedNoValidation() {
        WorkforceProfile p = profile();
        p.move(ProfileStatus.CIRCULATED, new Move(TEAM, AT, null));
        assertThat(p.allowedNext(OWN_PRACTICE)).containsExactly(ProfileStatus.VALIDATED, ProfileStatus.QUERIED);
        assertThat(p.allowedNext(OTHER_PRACTICE)).isEmpty();
        assertThat(p.allowedNext(TEAM)).containsExactly(ProfileStatus.VALIDATED, ProfileStatus.QUERIED);
    }
}
