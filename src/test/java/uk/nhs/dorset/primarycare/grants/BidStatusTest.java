package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

import static uk.nhs.dorset.primarycare.grants.BidStatus.*;
import static uk.nhs.dorset.primarycare.base.Role.*;

/**
 * The whole transition table, written out again independently of the enum: every move from
 * every status to every status, for every role, is either allowed (and the verb succeeds) or
 * refused (and the verb throws, leaving the status unchanged).
 */
class BidStatusTest {

    private static final Set<Role> DRAFTERS = EnumSet.of(TEAM, ESTATES, PRACTICE);
    private static final Set<Role> REVIEWERS = EnumSet.of(ESTATES, MANAGER);
    private static final Set<Role> WORKERS = EnumSet.of(TEAM, ESTATES, MANAGER, PRACTICE);
    /** A practice may take back its own submitted bid until a reviewer picks it up. */
    private static final Set<Role> REVIEWERS_OR_PRACTICE = EnumSet.of(ESTATES, MANAGER, PRACTICE);

    /** from -> (to -> roles). Anything absent is refused to everyone. */
    private static final Map<BidStatus, Map<BidStatus, Set<Role>>> EXPECTED = Map.of(
            DRAFT, Map.of(SUBMITTED, DRAFTERS, WITHDRAWN, WORKERS),
            SUBMITTED, Map.of(UNDER_REVIEW, REVIEWERS, WITHDRAWN, REVIEWERS_OR_PRACTICE),
            UNDER_REVIEW, Map.of(APPROVED, REVIEWERS, REJECTED, REVIEWERS, RETURNED, REVIEWERS, WITHDRAWN, REVIEWERS),
            RETURNED, Map.of(DRAFT, DRAFTERS, WITHDRAWN, WORKERS),
            APPROVED, Map.of(WORKS_IN_PROGRESS, REVIEWERS, WITHDRAWN, REVIEWERS),
            WORKS_IN_PROGRESS, Map.of(EVIDENCE_SUBMITTED, REVIEWERS, WITHDRAWN, REVIEWERS),
            EVIDENCE_SUBMITTED, Map.of(PAID, REVIEWERS, WITHDRAWN, REVIEWERS),
            REJECTED, Map.of(),
            PAID, Map.of(),
            WITHDRAWN, Map.of());

    static Stream<Arguments> everyMoveForEveryRole() {
        List<Arguments> all = new ArrayList<>();
        for (BidStatus from : BidStatus.values()) {
            for (BidStatus to : BidStatus.values()) {
                for (Role role : Role.values()) {
                    boolean allowed = EXPECTED.get(from).getOrDefault(to, Set.of()).contains(role);
                    all.add(Arguments.of(from, to, role, allowed));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}: allowed={3}")
    @MethodSource("everyMoveForEveryRole")
    void tableAllowsExactlyTheExpectedMoves(BidStatus from, BidStatus to, Role role, boolean allowed) {
        Actor actor = actor(role);
        assertThat(from.mayMove(to, actor)).isEqualTo(allowed);
        assertThat(from.allowedNext(actor).contains(to)).isEqualTo(allowed);
        if (allowed) {
            assertThatCode(() -> from.checkMove(to, actor)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.checkMove(to, actor)).isInstanceOf(TransitionNotAllowed.class);
        }
    }

    @ParameterizedTest(name = "verb {0} -> {1} by {2}: allowed={3}")
    @MethodSource("everyMoveForEveryRole")
    void verbsFollowTheTable(BidStatus from, BidStatus to, Role role, boolean allowed) {
        GrantBid bid = BidFixtures.bidIn(from);
        Actor actor = actor(role);
        if (allowed) {
            move(bid, to, actor);
            assertThat(bid.getStatus()).isEqualTo(to);
            assertThat(bid.getHistory().getLast().getToStatus()).isEqualTo(to.name());
            assertThat(bid.getHistory().getLast().getFromStatus()).isEqualTo(from.name());
            assertThat(bid.getHistory().getLast().getChangedBy()).isEqualTo(actor.username());
        } else {
            int before = bid.getHistory().size();
            assertThatThrownBy(() -> move(bid, to, actor)).isInstanceOf(TransitionNotAllowed.class);
            assertThat(bid.getStatus()).isEqualTo(from);
            assertThat(bid.getHistory()).hasSize(before);
        }
    }

    @ParameterizedTest
    @MethodSource("terminal")
    void rejectedPaidAndWithdrawnAreTerminal(BidStatus status) {
        assertThat(status.isTerminal()).isTrue();
    }

    static Stream<BidStatus> terminal() {
        return Stream.of(REJECTED, PAID, WITHDRAWN);
    }

    private static Actor actor(Role role) {
        return role == PRACTICE ? Actor.practiceManager("pm", "J81002") : Actor.of(role.name().toLowerCase(), role);
    }

    /** Calls the verb for the target with inputs that satisfy its business guards. */
    static void move(GrantBid bid, BidStatus to, Actor actor) {
        switch (to) {
            case DRAFT -> bid.move(BidStatus.DRAFT, new Move(actor, BidFixtures.NOW, null));
            case SUBMITTED -> bid.move(BidStatus.SUBMITTED, new Move(actor, BidFixtures.NOW, null));
            case UNDER_REVIEW -> bid.move(BidStatus.UNDER_REVIEW, new Move(actor, BidFixtures.NOW, null));
            case RETURNED -> bid.move(BidStatus.RETURNED, new Move(actor, BidFixtures.NOW, "Add the second quote"));
            case APPROVED -> bid.move(BidStatus.APPROVED, new Move(actor, BidFixtures.NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("16500")).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("691000")));
            case REJECTED -> bid.move(BidStatus.REJECTED, new Move(actor, BidFixtures.NOW, "Outside the programme's priorities"));
            case WORKS_IN_PROGRESS -> bid.move(BidStatus.WORKS_IN_PROGRESS, new Move(actor, BidFixtures.NOW, null));
            case EVIDENCE_SUBMITTED -> {
                if (bid.getStatus() == WORKS_IN_PROGRESS || bid.getStatus() == APPROVED) {
                    bid.addInvoice("INV-" + System.nanoTime() % 100000, LocalDate.of(2017, 9, 1),
                            new BigDecimal("16500"), LocalDate.of(2017, 9, 2));
                }
                bid.move(BidStatus.EVIDENCE_SUBMITTED, new Move(actor, BidFixtures.NOW, null));
            }
            case PAID -> bid.move(BidStatus.PAID, new Move(actor, BidFixtures.NOW, null).with(BidStatus.PAYMENT_DATE, LocalDate.of(2017, 10, 1)));
            case WITHDRAWN -> bid.move(BidStatus.WITHDRAWN, new Move(actor, BidFixtures.NOW, null));
        }
    }
}
