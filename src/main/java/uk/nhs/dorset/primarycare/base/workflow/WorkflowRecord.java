package uk.nhs.dorset.primarycare.base.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * A record that moves through a workflow: a grant bid, an ETTF project, a merger case, a
 * workforce profile. Each subclass keeps its status column and history table, owns the
 * dispatch from a target status to the verb that guards it, and changes status only through
 * {@link #moveTo}: one table check, the verb's guards and effects, one history row.
 */
@MappedSuperclass
// Audited here so the owner's changes are in every workflow record's field history.
@Audited
public abstract class WorkflowRecord<S extends Enum<S> & WorkflowStatus<S>> extends AbstractEntity {

    /** The user who has taken this record on; nobody until someone is assigned. */
    @Column(name = "owner", length = 100)
    private @Nullable String owner;

    public abstract S getStatus();

    /** Sets the status column. Only {@link #moveTo} calls it. */
    protected abstract void writeStatus(S target);

    /** The entity's own history collection, appended to by {@link #moveTo} only. */
    protected abstract List<StatusChange> historyRows();

    /** The feature's name for this kind of record, as users see it ("Grant bid"). */
    public abstract String kind();

    /** The short noun messages use ("bid": "Someone else changed this bid"). */
    public abstract String noun();

    /** What a user calls this record ("J81002 — Ferndown extension"). */
    public abstract String label();

    /** The route of the record's detail view ("grants/12"). */
    public abstract String link();

    /** The practice whose own record this is (a bid, a profile); null for a record of several or none. */
    public @Nullable String practiceOdsCode() {
        return null;
    }

    /**
     * Makes the move the user picked, through the verb that owns its guards. Inputs a move
     * needs (an approved amount) come in the move; what only the service can know (what is
     * left in a budget) is handed to the entity before this is called.
     */
    public abstract void move(S target, Move move);

    /** The moves this actor may make now; a record may narrow its table's answer. */
    public Set<S> allowedNext(Actor actor) {
        return getStatus().allowedNext(actor);
    }

    public @Nullable String getOwner() {
        return owner;
    }

    /** Gives the record to a user (or to nobody); who may be an owner is the assigning service's rule. */
    public void assignTo(@Nullable String username) {
        this.owner = username == null || username.isBlank() ? null : username.strip();
    }

    /** How other features and the audit trail point at this record without knowing its class. */
    public RecordRef ref() {
        return RecordRef.of(this);
    }

    /** Whether the record has reached a status no move leaves. */
    public boolean isFinished() {
        return getStatus().next().isEmpty();
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(historyRows());
    }

    /** The newest history row: what the last move was. */
    public StatusChange lastChange() {
        List<StatusChange> rows = historyRows();
        if (rows.isEmpty()) {
            throw new IllegalStateException(kind() + " has no history");
        }
        return rows.getLast();
    }

    /**
     * The one writer of the status: checks the table once, runs the verb's guards and effects
     * (which throw {@link TransitionNotAllowed} to refuse, before anything has changed), then
     * writes the status and its history row.
     */
    protected final void moveTo(S target, Move move, Runnable guardsAndEffects) {
        S from = getStatus();
        from.checkMove(target, move.by());
        if (move.withoutNotifying()) {
            TransitionNotAllowed.require(move.by().hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER)),
                    "Only the primary care team, estates leads and programme managers may make a move without notifying anyone");
            move.reason("Say in the comment why nobody is told of this move: the history keeps it");
        }
        guardsAndEffects.run();
        writeStatus(target);
        historyRows().add(new StatusChange(from, target, move.by().username(), move.at(), move.comment(), !move.withoutNotifying()));
    }

    protected final void moveTo(S target, Move move) {
        moveTo(target, move, () -> { });
    }

    /** The first history row of a new record. */
    protected final void started(S status, Move move) {
        historyRows().add(new StatusChange(null, status, move.by().username(), move.at(), move.comment()));
    }
}
