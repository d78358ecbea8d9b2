package uk.nhs.dorset.primarycare.work;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.RecordRef;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/**
 * The comment thread on a workflow record. Staff comments are internal unless shared with the
 * practice; a practice manager sees only shared comments on their own practice's records, and
 * what they write is shared by nature. Only the author edits a comment, and the earlier text
 * stays in its revisions.
 */
@Service
public class CommentService {

    private final RecordAccess access;
    private final RecordCommentRepository comments;
    private final UserDirectory users;
    private final CurrentActor currentUser;
    private final ApplicationClock clock;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    CommentService(RecordAccess access, RecordCommentRepository comments, UserDirectory users, CurrentActor currentUser,
                   ApplicationClock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.comments = comments;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Oldest first, as a conversation reads. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public List<Comment> thread(RecordRef ref) {
        Actor actor = currentUser.actor();
        access.visible(ref, actor);
        List<RecordComment> rows = seesInternal(actor)
                ? comments.findByRecordTypeAndRecordIdOrderByCreatedAtAscIdAsc(ref.type(), ref.id())
                : comments.findByRecordTypeAndRecordIdAndSharedTrueOrderByCreatedAtAscIdAsc(ref.type(), ref.id());
        Map<String, String> names = new HashMap<>();
        return rows.stream().map(row -> shown(row, actor, names.computeIfAbsent(row.getAuthor(), this::nameOf))).toList();
    }

    /** The people a comment on this record may mention: those who may read it. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public List<UserContact> mentionable(RecordRef ref, boolean shared) {
        Actor actor = currentUser.actor();
        WorkflowRecord<?> record = access.visible(ref, actor);
        boolean readByPractice = shared || !seesInternal(actor);
        return readers(record, readByPractice).stream().filter(user -> !user.username().equalsIgnoreCase(actor.username()))
                .sorted(Comparator.comparing(UserContact::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Writes a comment; {@code shared} asks for it to be read by the practice too (a practice
     * manager's own comments always are). Mentioned users who may read it are told.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public Comment post(RecordRef ref, String text, boolean shared) {
        Actor actor = currentUser.actor();
        WorkflowRecord<?> record = access.visible(ref, actor);
        String body = checked(text);
        boolean readByPractice = shared || !seesInternal(actor);
        if (readByPractice && record.practiceOdsCode() == null) {
            throw new IllegalArgumentException("This " + record.noun() + " belongs to no single practice, so there is no practice to share a comment with.");
        }
        RecordComment comment = comments.saveAndFlush(new RecordComment(ref, actor.username(), body, readByPractice, clock.instant()));
        boolean byThePractice = !seesInternal(actor);
        announce(record, comment, Mentions.in(body), readByPractice ? record.practiceOdsCode() : null,
                byThePractice ? record.getOwner() : null);
        return shown(comment, actor, nameOf(actor.username()));
    }

    /** The author changes their own words; the earlier text stays in the comment's revisions. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public Comment edit(long commentId, long seenVersion, String text) {
        Actor actor = currentUser.actor();
        RecordComment comment = ownThread(commentId, actor);
        if (!comment.getAuthor().equalsIgnoreCase(actor.username())) {
            throw new IllegalArgumentException("Only the person who wrote a comment may edit it.");
        }
        Workflows.seen(comment, seenVersion, "comment");
        String body = checked(text);
        Set<String> newlyMentioned = new LinkedHashSet<>(Mentions.in(body));
        newlyMentioned.removeAll(Mentions.in(comment.getBody()));
        comment.edit(body, clock.instant());
        RecordComment saved = Workflows.flush(comments, comment, "comment");
        WorkflowRecord<?> record = access.visible(saved.record(), actor);
        announce(record, saved, newlyMentioned, null, null);
        return shown(saved, actor, nameOf(actor.username()));
    }

    /** Staff share an internal comment with the practice, whose managers are told; a shared comment stays shared. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional
    public Comment share(long commentId, long seenVersion) {
        Actor actor = currentUser.actor();
        RecordComment comment = Workflows.seen(ownThread(commentId, actor), seenVersion, "comment");
        WorkflowRecord<?> record = access.visible(comment.record(), actor);
        if (record.practiceOdsCode() == null) {
            throw new IllegalArgumentException("This " + record.noun() + " belongs to no single practice, so there is no practice to share a comment with.");
        }
        if (!comment.isShared()) {
            comment.share(actor.username(), clock.instant());
            comment = Workflows.flush(comments, comment, "comment");
            announce(record, comment, Set.of(), record.practiceOdsCode(), null);
        }
        return shown(comment, actor, nameOf(comment.getAuthor()));
    }

    private RecordComment ownThread(long commentId, Actor actor) {
        RecordComment comment = comments.findById(commentId).orElseThrow(() -> new NotFound("comment"));
        access.visible(comment.record(), actor);
        if (!comment.isShared() && !seesInternal(actor)) {
            throw new NotFound("comment");
        }
        return comment;
    }

    private void announce(WorkflowRecord<?> record, RecordComment comment, Set<String> mentions,
                          @Nullable String sharedWith, @Nullable String toldOwner) {
        Set<String> readers = readers(record, comment.isShared()).stream().map(user -> user.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> mentioned = new LinkedHashSet<>();
        for (String name : mentions) {
            if (readers.contains(name) && !name.equalsIgnoreCase(comment.getAuthor())) {
                users.find(name).ifPresent(user -> mentioned.add(user.username()));
            }
        }
        String owner = toldOwner == null || toldOwner.equalsIgnoreCase(comment.getAuthor()) ? null : toldOwner;
        if (mentioned.isEmpty() && sharedWith == null && owner == null) {
            return;
        }
        events.publishEvent(new CommentPosted(record.kind(), record.label(), record.link(), comment.getAuthor(),
                comment.getBody(), mentioned, sharedWith, owner, clock.instant()));
    }

    /** Who may read a comment on this record: staff always; the practice's managers when it is shared. */
    private List<UserContact> readers(WorkflowRecord<?> record, boolean shared) {
        List<UserContact> readers = new ArrayList<>(users.withAnyRole(RecordAccess.STAFF));
        String practice = record.practiceOdsCode();
        if (shared && practice != null) {
            users.withAnyRole(Set.of(Role.PRACTICE)).stream().filter(user -> practice.equals(user.practiceOdsCode()))
                    .filter(user -> readers.stream().noneMatch(r -> r.username().equals(user.username())))
                    .forEach(readers::add);
        }
        return readers;
    }

    private Comment shown(RecordComment row, Actor actor, String authorName) {
        boolean staff = seesInternal(actor);
        return new Comment(Objects.requireNonNull(row.getId()), row.getVersion(), row.getAuthor(), authorName, row.getBody(),
                row.isShared(), row.getSharedBy(), row.getCreatedAt(), row.getEditedAt(),
                row.getEditedAt() == null ? List.of() : earlierTexts(row), row.getAuthor().equalsIgnoreCase(actor.username()),
                staff && !row.isShared());
    }

    @SuppressWarnings("unchecked")
    private List<String> earlierTexts(RecordComment row) {
        List<RecordComment> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(RecordComment.class, true, false)
                .add(AuditEntity.id().eq(row.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<String> earlier = new ArrayList<>();
        for (RecordComment revision : revisions) {
            String body = revision.getBody();
            if (!body.equals(row.getBody()) && (earlier.isEmpty() || !earlier.getLast().equals(body))) {
                earlier.add(body);
            }
        }
        return earlier;
    }

    private String nameOf(String username) {
        return users.find(username).map(AssignmentService::named).orElse(username);
    }

    private static boolean seesInternal(Actor actor) {
        return actor.hasAny(RecordAccess.STAFF);
    }

    private static String checked(String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("Write a comment before posting it.");
        }
        if (body.length() > RecordComment.BODY_MAX) {
            throw new IllegalArgumentException("A comment can be at most " + RecordComment.BODY_MAX + " characters; this one has "
                    + body.length() + ".");
        }
        return body;
    }
}
