package uk.nhs.dorset.primarycare.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;

class MoveTest {

    private static final Actor TEAM = Actor.of("team", Role.TEAM);

    @Test
    void aCommentLongerThanTheHistoryColumnIsRefusedSayingHowLongItIs() {
        assertThat(new Move(TEAM, Instant.EPOCH, "x".repeat(StatusChange.COMMENT_MAX)).comment()).hasSize(2000);
        assertThatThrownBy(() -> new Move(TEAM, Instant.EPOCH, "x".repeat(2345)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A comment can be at most 2,000 characters; this one has 2,345");
        assertThatThrownBy(() -> new StatusChange(null, Role.TEAM, "team", Instant.EPOCH, "y".repeat(2001)))
                .hasMessage("A comment can be at most 2,000 characters; this one has 2,001");
    }

    @Test
    void guardsCollectEveryUnmetConditionBeforeRefusing() {
        Guards guards = new Guards();
        assertThat(guards.require(true, "never said")).isTrue();
        assertThat(guards.require(false, "Give the %s", "tenure")).isFalse();
        guards.require(false, "Attach a quote");
        assertThatThrownBy(guards::check).isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> {
            assertThat(refused.reasons()).containsExactly("Give the tenure", "Attach a quote");
            assertThat(refused.getMessage()).isEqualTo("Give the tenure; Attach a quote");
        });
        new Guards().check();
        assertThat(List.of(new TransitionNotAllowed("One").reasons())).containsExactly(List.of("One"));
    }
}
