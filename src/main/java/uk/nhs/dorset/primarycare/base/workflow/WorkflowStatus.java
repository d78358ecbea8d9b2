package uk.nhs.dorset.primarycare.base.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Labelled;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * A workflow's status enum is its transition table: for each status, the statuses it may move
 * to, the roles each move needs, and the words and rules of each move (the button's label,
 * whether it needs a reason, whether it is a refusal, what else it asks for). Views build
 * their action buttons and confirm dialogs from it and from nothing else.
 */
public interface WorkflowStatus<S extends Enum<S> & WorkflowStatus<S>> extends Labelled {

    /** Statuses reachable in one step from this one. */
    Set<S> next();

    /** Roles allowed to make the move from this status to {@code target}. */
    Set<Role> whoMay(S target);

    /** What the button that makes the move from this status to {@code target} says. */
    default String action(S target) {
        return "Move to " + target.label();
    }

    /** True when the move must say why (a refusal, a withdrawal, a hold). */
    default boolean needsReason(S target) {
        return false;
    }

    /** True when the move turns something down or ends it early: shown as a warning. */
    default boolean isRefusal(S target) {
        return false;
    }

    /** Values the move needs besides the comment, asked for in its confirm dialog. */
    default List<MoveField<?>> fields(S target) {
        return List.of();
    }

    /** True when reaching this status is news for the practice whose record it is (its bid approved). */
    default boolean tellsPractice() {
        return false;
    }

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
                "A record that is %s cannot move to %s", self.inSentence(), target.inSentence());
        TransitionNotAllowed.require(actor.hasAny(whoMay(target)),
                "Your role may not move a record from %s to %s", self.inSentence(), target.inSentence());
    }
}
