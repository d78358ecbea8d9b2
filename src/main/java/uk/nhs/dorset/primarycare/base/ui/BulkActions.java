package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.BulkMove;
import uk.nhs.dorset.primarycare.base.workflow.MoveField;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * One move for many rows of a workflow grid: the user ticks rows, picks where they go, and
 * confirms once with one comment. Each record is then moved on its own through the feature's
 * service move, by its own guards ({@link BulkMove}), and a result dialog lists what moved and
 * what was refused and why. Users whose role makes no move at all never see the ticks.
 */
public class BulkActions<R, S extends Enum<S> & WorkflowStatus<S>> extends Div {

    private final Grid<R> grid;
    private final Class<S> statuses;
    private final Function<R, S> status;
    private final Function<R, Set<S>> allowedNext;
    private final String nouns;
    private final BulkMove.Mover<S> mover;
    private final Function<R, BulkMove.Item> item;
    private final Map<MoveField<?>, Function<R, ?>> eachOwn = new HashMap<>();
    private final ComboBox<S> target = new ComboBox<>("Move selected to");
    private final Span selectedCount = new Span();
    private final Set<S> mayMake;
    private Runnable afterwards = () -> { };

    /**
     * @param allowedNext the moves this user may make on one row now
     * @param nouns       what the rows are called ("bids")
     * @param mover       the feature's service move, as {@code grants::move}
     */
    public static <R extends AbstractEntity, S extends Enum<S> & WorkflowStatus<S>> BulkActions<R, S> of(
            Grid<R> grid, Actor actor, Class<S> statuses, Function<R, S> status, Function<R, Set<S>> allowedNext,
            String nouns, BulkMove.Mover<S> mover) {
        return new BulkActions<>(grid, actor, statuses, status, allowedNext, nouns, mover,
                row -> new BulkMove.Item(Objects.requireNonNull(row.getId(), "saved record"), row.getVersion(), row.label()));
    }

    /**
     * @param allowedNext the moves this user may make on one row now
     * @param nouns       what the rows are called ("bids")
     * @param mover       the feature's service move, as {@code grants::move}
     * @param item        which record a row is, the version it shows and its label: rows read as projections say it themselves
     */
    public BulkActions(Grid<R> grid, Actor actor, Class<S> statuses, Function<R, S> status, Function<R, Set<S>> allowedNext,
                       String nouns, BulkMove.Mover<S> mover, Function<R, BulkMove.Item> item) {
        this.item = item;
        this.grid = grid;
        this.statuses = statuses;
        this.status = status;
        this.allowedNext = allowedNext;
        this.nouns = nouns;
        this.mover = mover;
        this.mayMake = EnumSet.noneOf(statuses);
        for (S from : statuses.getEnumConstants()) {
            mayMake.addAll(from.allowedNext(actor));
        }
        addClassName("toolbar");
        addClassName("bulk-actions");
        if (mayMake.isEmpty()) {
            setVisible(false);
            return;
        }
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        target.setItemLabelGenerator(S::label);
        target.setPlaceholder("Choose a status");
        selectedCount.addClassName("bulk-selected");
        grid.addSelectionListener(e -> selectionChanged());
        selectionChanged();
        add(selectedCount, target, new Button("Apply to selected", e -> confirm()));
    }

    /** Bulk actions for a workflow record's grid, whose rows know their status and moves. */
    public static <S extends Enum<S> & WorkflowStatus<S>, R extends WorkflowRecord<S>> BulkActions<R, S> of(
            Grid<R> grid, Actor actor, Class<S> statuses, String nouns, BulkMove.Mover<S> mover) {
        return of(grid, actor, statuses, WorkflowRecord::getStatus, r -> r.allowedNext(actor), nouns, mover);
    }

    /** A move value that, left empty in the dialog, each record supplies for itself (its own requested grant). */
    public <T> BulkActions<R, S> eachOwn(MoveField<T> field, Function<R, T> value) {
        eachOwn.put(field, value);
        return this;
    }

    /** Runs after a bulk move, to refresh what depends on the records (totals). */
    public BulkActions<R, S> afterwards(Runnable refresh) {
        this.afterwards = refresh;
        return this;
    }

    private void selectionChanged() {
        Set<R> selected = grid.getSelectedItems();
        Set<S> targets = EnumSet.noneOf(statuses);
        if (selected.isEmpty()) {
            targets.addAll(mayMake);
        } else {
            selected.forEach(row -> targets.addAll(allowedNext.apply(row)));
        }
        S chosen = target.getValue();
        target.setItems(targets);
        target.setValue(chosen != null && targets.contains(chosen) ? chosen : null);
        selectedCount.setText(selected.isEmpty() ? "Tick rows to move several at once" : selected.size() + " selected");
    }

    /** Opens the one confirmation for the whole selection. */
    public void confirm() {
        List<R> rows = new ArrayList<>(grid.getSelectedItems());
        S to = target.getValue();
        if (rows.isEmpty()) {
            Notifications.error("Tick the rows to move first");
            return;
        }
        if (to == null) {
            Notifications.error("Choose the status to move the selected " + nouns + " to");
            return;
        }
        Set<S> from = EnumSet.noneOf(statuses);
        rows.forEach(row -> from.add(status.apply(row)));
        String title = from.size() == 1 ? from.iterator().next().action(to) : "Move to " + to.label();
        Set<MoveField<?>> fields = new LinkedHashSet<>();
        from.forEach(s -> fields.addAll(s.fields(to)));
        Map<MoveField<?>, HasValue<?, ?>> inputs = new LinkedHashMap<>();
        for (MoveField<?> field : fields) {
            HasValue<?, ?> input = WorkflowActions.inputFor(field, null);
            if (eachOwn.containsKey(field) && input instanceof com.vaadin.flow.component.HasHelper helper) {
                helper.setHelperText("Leave empty for each one's own");
            }
            inputs.put(field, input);
        }
        String question = title + ": the " + rows.size() + " selected " + nouns + "? Each is checked against its own rules "
                + "and moved on its own; any that cannot move are listed with the reason.";
        boolean reason = from.stream().anyMatch(s -> s.needsReason(to));
        TransitionDialog dialog = new TransitionDialog(title, question, reason, comment -> {
            MoveRequest request = MoveRequest.of(comment);
            for (Map.Entry<MoveField<?>, HasValue<?, ?>> input : inputs.entrySet()) {
                request = WorkflowActions.with(request, input.getKey(), input.getValue().getValue());
            }
            move(rows, to, request);
        });
        int at = 1;
        for (HasValue<?, ?> input : inputs.values()) {
            dialog.addComponentAtIndex(at++, (Component) input);
        }
        dialog.open();
    }

    private void move(List<R> rows, S to, MoveRequest request) {
        Map<Long, R> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(item.apply(row).id(), row));
        List<BulkMove.Item> items = rows.stream().map(item).toList();
        List<BulkMove.Outcome> outcomes = BulkMove.apply(items, to, item -> ownValues(request, byId.get(item.id())), mover,
                UserMessages::of);
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        afterwards.run();
        new BulkResultDialog(to.inSentence(), nouns, outcomes).open();
    }

    private MoveRequest ownValues(MoveRequest request, R row) {
        MoveRequest own = request;
        for (Map.Entry<MoveField<?>, Function<R, ?>> each : eachOwn.entrySet()) {
            if (!own.inputs().containsKey(each.getKey())) {
                own = WorkflowActions.with(own, each.getKey(), each.getValue().apply(row));
            }
        }
        return own;
    }
}
