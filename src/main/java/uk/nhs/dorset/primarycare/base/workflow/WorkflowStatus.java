package uk.nhs.dorset.primarycare.base.workflow;

import java.util.LinkedHashSet;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * A workflow's status enum is its transition table: for each status, the statuses it may move
 * to and the roles each move needs. Views build their action buttons from {@link #allowedNext}.
 */
public interface WorkflowStatus<S extends Enum<S> & WorkflowStatus<S>> {

    /** Statuses reachable in one step from this one. */
    Set<S> next();

    /** Roles allowed to make the move from this status to {@code target}. */
    Set<Role> whoMay(S target);

    /** Text a user reads on the badge and in the history. */
    String label();

    default boolean isTerminal() {
        return next().isEmpty();
    }

    default boolean mayMove(S target, Actor actor) {
        return next().contains(target) && actor.hasAny(whoMay(target));
    }

    default Set<S> allowedNext(Actor actor) {
        Set<S> allowed = new LinkedHashSet<>();
        for (S target : next()) {
            if (actor.hasAny(whoMay(target))) {
                allowed.add(target);
            }
        }
        return allowed;
    }

    /** Refuses the move unless the table allows it for this actor. */
    @SuppressWarnings("unchecked")
    default void checkMove(S target, Actor actor) {
        S self = (S) this;
        TransitionNotAllowed.require(next().contains(target),
                "A record that is %s cannot move to %s", self.label().toLowerCase(), target.label().toLowerCase());
        TransitionNotAllowed.require(actor.hasAny(whoMay(target)),
                "Your role may not move a record from %s to %s", self.label().toLowerCase(), target.label().toLowerCase());
    }
}
