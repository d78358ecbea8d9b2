package uk.nhs.dorset.primarycare.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;

class BulkMoveTest {

    enum Target { DONE }

    @Test
    void everyItemIsTriedAndEachRefusalKeepsItsOwnReasons() {
        List<Long> tried = new ArrayList<>();
        List<BulkMove.Item> items = List.of(new BulkMove.Item(1, 0, "One"), new BulkMove.Item(2, 3, "Two"),
                new BulkMove.Item(3, 1, "Three"), new BulkMove.Item(4, 0, "Four"));
        List<BulkMove.Outcome> outcomes = BulkMove.apply(items, Target.DONE, MoveRequest.of("All at once"), (id, version, target, request) -> {
            tried.add(id);
            assertThat(request.comment()).isEqualTo("All at once");
            if (id == 2) {
                throw new TransitionNotAllowed(List.of("First reason", "Second reason"));
            }
            if (id == 3) {
                throw new ConcurrentChange("thing");
            }
        }, e -> "Explained: " + e.getMessage());

        assertThat(tried).containsExactly(1L, 2L, 3L, 4L);
        assertThat(outcomes).extracting(BulkMove.Outcome::label).containsExactly("One", "Two", "Three", "Four");
        assertThat(outcomes).extracting(BulkMove.Outcome::moved).containsExactly(true, false, false, true);
        assertThat(outcomes.get(1).reasons()).containsExactly("First reason", "Second reason");
        assertThat(outcomes.get(2).reasons()).containsExactly("Explained: Someone else changed this thing; reload to see their change");
        assertThat(outcomes.get(0).reasons()).isEmpty();
    }
}
