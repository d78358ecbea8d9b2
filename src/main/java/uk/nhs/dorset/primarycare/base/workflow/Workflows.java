package uk.nhs.dorset.primarycare.base.workflow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;

/**
 * The save half of every workflow move, written once: check the version the user saw, flush
 * so a conflicting save fails here with the one conflict message, and publish the move as a
 * {@link StatusChanged} built from the record's newest history row.
 */
@Component
public class Workflows {

    private final ApplicationEventPublisher events;

    Workflows(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Refuses to work on a record someone else has saved since this user loaded it. */
    public static <E extends AbstractEntity> E seen(E record, long seenVersion, String noun) {
        if (record.getVersion() != seenVersion) {
            throw new ConcurrentChange(noun);
        }
        return record;
    }

    /** Saves a move (or a new record's first status) and tells the rest of the application. */
    public <S extends Enum<S> & WorkflowStatus<S>, E extends WorkflowRecord<S>> E saveMove(
            JpaRepository<E, Long> repository, E record) {
        E saved = flush(repository, record, record.noun());
        events.publishEvent(StatusChanged.of(saved));
        return saved;
    }

    /**
     * Saves an edit now, so that a save over someone else's newer one fails with the conflict
     * message: the one place the persistence layer's optimistic-lock failure is translated, for
     * workflow records and every other record alike.
     */
    public static <E> E flush(JpaRepository<E, Long> repository, E entity, String noun) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange(noun);
        }
    }
}
