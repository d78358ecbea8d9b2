package uk.nhs.dorset.primarycare.work;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.RecordRef;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecords;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/**
 * Who owns a workflow record. The commissioner's staff give a record to one of themselves (or
 * to nobody); both the new and the former owner are told. A record's owner is one of its fields:
 * changing it moves the record's version on and is in its field history.
 */
@Service
public class AssignmentService {

    /** A record I own, as "My work" lists it. */
    public record Owned(String kind, String label, String status, String link) {
    }

    private static final int MINE_MAX = 200;

    private final RecordAccess access;
    private final WorkflowRecords records;
    private final UserDirectory users;
    private final CurrentActor currentUser;
    private final ApplicationClock clock;
    private final ApplicationEventPublisher events;

    AssignmentService(RecordAccess access, WorkflowRecords records, UserDirectory users, CurrentActor currentUser,
                      ApplicationClock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.records = records;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The users a record may be given to: the commissioner's staff, by name. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<UserContact> candidates() {
        return users.withAnyRole(RecordAccess.STAFF).stream()
                .sorted(Comparator.comparing(UserContact::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The owner's name as users read it ("Estates lead (estates)"), or nothing. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public @Nullable String ownerName(RecordRef ref) {
        String owner = access.visible(ref, currentUser.actor()).getOwner();
        return owner == null ? null : users.find(owner).map(AssignmentService::named).orElse(owner);
    }

    /**
     * Gives the record to {@code username}, or to nobody when it is null.
     *
     * @param seenVersion the record's version the user was looking at: a newer save refuses with the conflict message
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional
    public void assign(RecordRef ref, long seenVersion, @Nullable String username) {
        Actor actor = currentUser.actor();
        WorkflowRecord<?> visible = access.visible(ref, actor);
        WorkflowRecord<?> record = Workflows.seen(visible, seenVersion, visible.noun());
        String to = null;
        if (username != null && !username.isBlank()) {
            UserContact owner = users.find(username.strip())
                    .filter(user -> user.roles().stream().anyMatch(RecordAccess.STAFF::contains))
                    .orElseThrow(() -> new IllegalArgumentException("Only a primary care team member, an estates lead or a "
                            + "programme manager with an active account can own a " + record.noun() + "."));
            to = owner.username();
        }
        String from = record.getOwner();
        if (Objects.equals(from, to)) {
            return;
        }
        record.assignTo(to);
        records.flush(record);
        events.publishEvent(new RecordAssigned(record.kind(), record.label(), record.link(), from, to, actor.username(),
                clock.instant()));
    }

    /** The unfinished records the signed-in user owns. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<Owned> mine() {
        return records.ownedBy(currentUser.actor().username(), MINE_MAX).stream()
                .map(record -> new Owned(record.kind(), record.label(), record.getStatus().label(), record.link())).toList();
    }

    static String named(UserContact user) {
        return user.displayName().equalsIgnoreCase(user.username()) ? user.username()
                : user.displayName() + " (" + user.username() + ")";
    }
}
