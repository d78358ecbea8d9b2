package uk.nhs.dorset.primarycare.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;

class WorkflowStatusTest {

    /** A two-step table: only a team member opens, only a manager closes. */
    enum Door implements WorkflowStatus<Door> {
        SHUT, OPEN, GONE;

        @Override
        public Set<Door> next() {
            return switch (this) {
                case SHUT -> EnumSet.of(OPEN);
                case OPEN -> EnumSet.of(GONE);
                case GONE -> EnumSet.noneOf(Door.class);
            };
        }

        @Override
        public Set<Role> whoMay(Door target) {
            return target == OPEN ? EnumSet.of(Role.TEAM) : EnumSet.of(Role.MANAGER);
        }

        @Override
        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase();
        }
    }

    @Test
    void allowedNextFollowsTheTableAndTheRole() {
        assertThat(Door.SHUT.allowedNext(Actor.of("t", Role.TEAM))).containsExactly(Door.OPEN);
        assertThat(Door.SHUT.allowedNext(Actor.of("m", Role.MANAGER))).isEmpty();
        assertThat(Door.OPEN.allowedNext(Actor.of("m", Role.MANAGER))).containsExactly(Door.GONE);
        assertThat(Door.GONE.isTerminal()).isTrue();
    }

    @Test
    void checkMoveRefusesWithAMessageAUserCanReadAndAllowsOtherwise() {
        Door.SHUT.checkMove(Door.OPEN, Actor.of("t", Role.TEAM));
        assertThatThrownBy(() -> Door.SHUT.checkMove(Door.GONE, Actor.of("m", Role.MANAGER)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessage("A record that is shut cannot move to gone");
        assertThatThrownBy(() -> Door.SHUT.checkMove(Door.OPEN, Actor.of("m", Role.MANAGER)))
                .isInstanceOf(TransitionNotAllowed.class).hasMessage("Your role may not move a record from shut to open");
    }

    @Test
    void aPracticeManagerSeesOnlyTheirOwnPractice() {
        Actor practice = Actor.practiceManager("p", "J81002");
        assertThat(practice.maySeePractice("J81002")).isTrue();
        assertThat(practice.maySeePractice("J81003")).isFalse();
        assertThat(Actor.of("t", Role.TEAM).maySeePractice("J81003")).isTrue();
    }
}
