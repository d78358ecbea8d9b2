package uk.nhs.dorset.primarycare.base.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One move applied to many records, each on its own: every record goes through its feature's
 * own service move (its own transaction, its own guards, the version the user saw), so one
 * refusal never undoes or half-does another record, and the outcome says, record by record,
 * what moved and what was refused and why.
 */
public final class BulkMove {

    private BulkMove() {
    }

    /** A record as the user selected it: which one, the version they saw, and what they call it. */
    public record Item(long id, long seenVersion, String label) {
    }

    /** What became of one record: moved, or refused with every reason its guards gave. */
    public record Outcome(Item item, boolean moved, List<String> reasons) {

        public Outcome {
            reasons = List.copyOf(reasons);
        }

        public String label() {
            return item.label();
        }
    }

    /** A feature's service move, as {@code grants::move}: throws to refuse. */
    @FunctionalInterface
    public interface Mover<S> {
        void move(long id, long seenVersion, S target, MoveRequest request);
    }

    /**
     * Moves each item in turn and reports on every one, in the order given.
     *
     * @param requestFor the request for one item: the same comment for all, with any value
     *                   only that record can supply (its own requested grant)
     * @param explain    the sentence a user reads for a refusal other than a guard's
     * @throws IllegalStateException when called inside a transaction, which would make the
     *                               records' moves one unit and a refusal spoil the others
     */
    public static <S> List<Outcome> apply(List<Item> items, S target, Function<Item, MoveRequest> requestFor,
                                          Mover<S> mover, Function<RuntimeException, String> explain) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Each record of a bulk move is moved in its own transaction; call it outside one");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            try {
                mover.move(item.id(), item.seenVersion(), target, requestFor.apply(item));
                outcomes.add(new Outcome(item, true, List.of()));
            } catch (TransitionNotAllowed refused) {
                outcomes.add(new Outcome(item, false, refused.reasons()));
            } catch (RuntimeException refused) {
                outcomes.add(new Outcome(item, false, List.of(explain.apply(refused))));
            }
        }
        return outcomes;
    }

    /** The same, with one request for every item. */
    public static <S> List<Outcome> apply(List<Item> items, S target, MoveRequest request, Mover<S> mover,
                                          Function<RuntimeException, String> explain) {
        return apply(items, target, item -> request, mover, explain);
    }
}
