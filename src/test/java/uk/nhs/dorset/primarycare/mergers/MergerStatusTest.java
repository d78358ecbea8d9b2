package uk.nhs.dorset.primarycare.mergers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.dorset.primarycare.mergers.MergerStatus.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

class MergerStatusTest {

    static final Actor TEAM_USER = Actor.of("team", Role.TEAM);
    static final Actor ESTATES_USER = Actor.of("estates", Role.ESTATES);
    static final Actor MANAGER_USER = Actor.of("manager", Role.MANAGER);
    static final Actor ADMIN_USER = Actor.of("admin", Role.ADMIN);
    static final Actor PRACTICE_USER = Actor.practiceManager("practice", "J81002");

    @Test
    void teamRunsTheCaseUpToTheApplicationAndMayComplete() {
        assertThat(ENQUIRY.allowedNext(TEAM_USER)).containsExactly(ADVISORY_REVIEW, WITHDRAWN);
        assertThat(ADVISORY_REVIEW.allowedNext(TEAM_USER)).containsExactly(SUPPORT_AGREED, WITHDRAWN);
        assertThat(SUPPORT_AGREED.allowedNext(TEAM_USER)).containsExactly(DUE_DILIGENCE, WITHDRAWN);
        assertThat(DUE_DILIGENCE.allowedNext(TEAM_USER)).containsExactly(APPLICATION, WITHDRAWN);
        assertThat(APPLICATION.allowedNext(TEAM_USER)).containsExactly(WITHDRAWN);
        assertThat(APPROVED.allowedNext(TEAM_USER)).containsExactly(COMPLETED, WITHDRAWN);
    }

    @Test
    void estatesMayDoWhatTheTeamMayExceptRecordTheMergerOnThePractices() {
        assertThat(ENQUIRY.allowedNext(ESTATES_USER)).containsExactly(ADVISORY_REVIEW, WITHDRAWN);
        assertThat(DUE_DILIGENCE.allowedNext(ESTATES_USER)).containsExactly(APPLICATION, WITHDRAWN);
        assertThat(APPLICATION.allowedNext(ESTATES_USER)).containsExactly(WITHDRAWN);
        assertThat(APPROVED.allowedNext(ESTATES_USER)).containsExactly(WITHDRAWN);
    }

    @Test
    void managerDecidesCompletesAndWithdrawsButDoesNotRunTheCase() {
        assertThat(ENQUIRY.allowedNext(MANAGER_USER)).containsExactly(WITHDRAWN);
        assertThat(DUE_DILIGENCE.allowedNext(MANAGER_USER)).containsExactly(WITHDRAWN);
        assertThat(APPLICATION.allowedNext(MANAGER_USER)).containsExactly(APPROVED, DECLINED, WITHDRAWN);
        assertThat(APPROVED.allowedNext(MANAGER_USER)).containsExactly(COMPLETED, WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(MergerStatus.class)
    void practiceManagersAndAdministratorsMayNotMoveAnyCase(MergerStatus from) {
        assertThat(from.allowedNext(PRACTICE_USER)).isEmpty();
        assertThat(from.allowedNext(ADMIN_USER)).isEmpty();
    }

    @Test
    void decidedCompletedAndWithdrawnCasesGoNowhere() {
        for (MergerStatus s : EnumSet.of(DECLINED, COMPLETED, WITHDRAWN)) {
            assertThat(s.isTerminal()).isTrue();
            assertThat(s.isOpen()).isFalse();
        }
        assertThat(MergerStatus.openStatuses()).containsExactlyInAnyOrder(ENQUIRY, ADVISORY_REVIEW, SUPPORT_AGREED, DUE_DILIGENCE, APPLICATION, APPROVED);
    }

    @Test
    void everyOpenStatusMayBeWithdrawnAndNothingSkipsAStage() {
        for (MergerStatus s : MergerStatus.openStatuses()) {
            assertThat(s.next()).contains(WITHDRAWN);
        }
        assertThat(ENQUIRY.next()).doesNotContain(APPLICATION, APPROVED, COMPLETED);
        assertThat(DUE_DILIGENCE.next()).doesNotContain(APPROVED);
        assertThat(APPLICATION.next()).doesNotContain(COMPLETED);
    }

    @Test
    void refusedMovesSayWhy() {
        assertThatThrownBy(() -> APPLICATION.checkMove(APPROVED, TEAM_USER))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Your role may not");
        assertThatThrownBy(() -> ENQUIRY.checkMove(APPROVED, MANAGER_USER))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("cannot move to approved");
        APPLICATION.checkMove(APPROVED, MANAGER_USER);
        APPROVED.checkMove(COMPLETED, TEAM_USER);
    }

    @Test
    void whoMayNamesTheRolesPerMove() {
        assertThat(DUE_DILIGENCE.whoMay(APPLICATION)).isEqualTo(Set.of(Role.TEAM, Role.ESTATES));
        assertThat(APPLICATION.whoMay(DECLINED)).isEqualTo(Set.of(Role.MANAGER));
        assertThat(APPROVED.whoMay(COMPLETED)).isEqualTo(Set.of(Role.TEAM, Role.MANAGER));
        assertThat(ENQUIRY.whoMay(COMPLETED)).isEmpty();
    }

    @Test
    void theTableWordsEachMoveAndSaysWhichNeedAReason() {
        assertThat(ENQUIRY.action(ADVISORY_REVIEW)).isEqualTo("Start advisory review");
        assertThat(APPLICATION.action(APPROVED)).isEqualTo("Approve");
        assertThat(APPROVED.action(COMPLETED)).isEqualTo("Complete merger");
        assertThat(APPLICATION.needsReason(DECLINED)).isTrue();
        assertThat(ENQUIRY.needsReason(WITHDRAWN)).isTrue();
        assertThat(APPLICATION.needsReason(APPROVED)).isFalse();
        assertThat(APPLICATION.isRefusal(DECLINED)).isTrue();
        assertThat(APPROVED.isRefusal(WITHDRAWN)).isTrue();
        assertThat(APPROVED.isRefusal(COMPLETED)).isFalse();
    }

    @Test
    void aSkippedStageNamesTheStageTheCaseMustBeAt() {
        assertThatThrownBy(() -> SUPPORT_AGREED.checkMove(APPLICATION, TEAM_USER))
                .hasMessage("A case at support agreed cannot move to application to commissioner. "
                        + "Only a case at due diligence & patient engagement can");
        assertThatThrownBy(() -> COMPLETED.checkMove(WITHDRAWN, TEAM_USER)).hasMessage("A case that is completed cannot be withdrawn");
    }
}
