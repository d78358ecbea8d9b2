package uk.nhs.dorset.primarycare.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.base.workflow.RecordRef;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.work.Comment;
import uk.nhs.dorset.primarycare.work.CommentService;

/**
 * The record's comments, oldest first, and a box to write one. Staff comments are internal
 * unless "Share with the practice" is ticked; "Mention someone" puts "@username" in the text,
 * and only people who may read the comment are offered.
 */
class CommentThread extends Div {

    static final int MAX = 4000;

    final Div comments = new Div();
    final TextArea text = new TextArea("Add a comment");
    final ComboBox<UserContact> mention = new ComboBox<>("Mention someone");
    final Checkbox shared = new Checkbox("Share with the practice");
    final Button post = new Button("Post comment");

    private final CommentService service;
    private final Actor actor;
    private final RecordRef ref;
    private final boolean staff;

    CommentThread(CommentService service, Actor actor, WorkflowRecord<?> record) {
        this.service = service;
        this.actor = actor;
        this.ref = record.ref();
        this.staff = actor.hasAny(java.util.EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER));
        addClassName("comment-thread");
        comments.addClassName("comments");
        text.setMaxLength(MAX);
        text.setWidthFull();
        text.setHelperText(staff ? "Internal: only the commissioner's staff read it, unless you share it with the practice."
                : "The commissioner's team reads what you write here.");
        mention.setItemLabelGenerator(user -> user.displayName() + " (@" + user.username() + ")");
        mention.setPlaceholder("Type a name");
        mention.addValueChangeListener(picked -> {
            if (picked.getValue() != null) {
                String before = text.getValue();
                String gap = before.isEmpty() || before.endsWith(" ") || before.endsWith("\n") ? "" : " ";
                text.setValue(before + gap + "@" + picked.getValue().username() + " ");
                mention.clear();
                text.focus();
            }
        });
        shared.setVisible(staff && record.practiceOdsCode() != null);
        shared.addValueChangeListener(e -> offerMentions());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        Div options = new Div(mention, shared);
        options.addClassName("toolbar");
        add(comments, text, options, post);
        offerMentions();
        refresh();
    }

    private void offerMentions() {
        mention.setItems(service.mentionable(ref, shared.getValue()));
    }

    void refresh() {
        comments.removeAll();
        var thread = service.thread(ref);
        if (thread.isEmpty()) {
            comments.add(new Paragraph("No comments yet."));
        }
        thread.forEach(comment -> comments.add(item(comment)));
    }

    private void post() {
        run(() -> service.post(ref, text.getValue(), shared.getValue()), () -> {
            text.clear();
            shared.clear();
            Notifications.success("Comment posted");
        });
    }

    private Div item(Comment comment) {
        Span who = new Span(comment.authorName());
        who.addClassName("comment-author");
        Span when = new Span(Formats.dateTime(comment.createdAt()));
        when.addClassName("comment-when");
        Span audience = new Span(comment.shared() ? "Shared with the practice" : "Internal");
        audience.addClassName(comment.shared() ? "comment-shared" : "comment-internal");
        audience.addClassName("comment-audience");
        Div head = new Div(who, when, audience);
        head.addClassName("comment-head");
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        Div item = new Div(head, body);
        item.addClassName("comment");
        item.getElement().setAttribute("data-comment-id", String.valueOf(comment.id()));
        if (comment.editedAt() != null) {
            Div earlier = new Div();
            comment.earlier().forEach(old -> earlier.add(new Paragraph(old)));
            Details history = new Details("Edited " + Formats.dateTime(comment.editedAt()) + " · earlier text", earlier);
            history.addClassName("comment-earlier");
            item.add(history);
        }
        Div actions = new Div();
        actions.addClassName("comment-actions");
        if (comment.mayEdit()) {
            Button edit = new Button("Edit", e -> edit(item, comment));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(edit);
        }
        if (comment.mayShare()) {
            Button share = new Button("Share with the practice", e -> run(() -> service.share(comment.id(), comment.version()),
                    () -> Notifications.success("Shared with the practice")));
            share.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(share);
        }
        if (actions.getComponentCount() > 0) {
            item.add(actions);
        }
        return item;
    }

    private void edit(Div item, Comment comment) {
        TextArea words = new TextArea("Edit your comment");
        words.setMaxLength(MAX);
        words.setWidthFull();
        words.setValue(comment.body());
        words.setHelperText("The earlier text stays in the comment's history.");
        Button save = new Button("Save", e -> run(() -> service.edit(comment.id(), comment.version(), words.getValue()),
                () -> Notifications.success("Comment changed")));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> refresh());
        item.removeAll();
        item.add(words, new Div(save, cancel));
        words.focus();
    }

    /** A change to the thread: shown again when it is made, the reason kept on screen when it is refused. */
    private void run(Supplier<Comment> change, Runnable after) {
        try {
            change.get();
            refresh();
            after.run();
        } catch (RuntimeException refused) {
            Notifications.error(UserMessages.of(refused));
        }
    }
}
