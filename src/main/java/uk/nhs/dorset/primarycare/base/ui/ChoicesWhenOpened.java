package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A filter's choices read when they are first needed (its list is opened or typed in), not every
 * time the page is built: most visits to a grid never open most of its filters. The list is read
 * once per page and kept; what is typed narrows it by the labels the user reads.
 */
public final class ChoicesWhenOpened<T> implements Serializable {

    private final ComboBox<T> box;
    private final SerializableSupplier<List<T>> source;
    private @Nullable List<T> read;

    private ChoicesWhenOpened(ComboBox<T> box, SerializableSupplier<List<T>> source) {
        this.box = box;
        this.source = source;
    }

    /** Gives the box these choices; set its label generator before or after, as it is read on each fetch. */
    public static <T> ChoicesWhenOpened<T> of(ComboBox<T> box, SerializableSupplier<List<T>> source) {
        ChoicesWhenOpened<T> choices = new ChoicesWhenOpened<>(box, source);
        box.setItems(query -> choices.matching(query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) choices.matching(query.getFilter().orElse("")).count());
        return choices;
    }

    /** Every choice, read now if it was not yet. */
    public List<T> all() {
        if (read == null) {
            read = List.copyOf(source.get());
        }
        return read;
    }

    /** The first choice that matches, or null: the value a link names. */
    public @Nullable T first(Predicate<T> matches) {
        return all().stream().filter(matches).findFirst().orElse(null);
    }

    /** Forgets what was read, after this page changed the choices, so the list is read again when next needed. */
    public void reread() {
        read = null;
        box.getDataProvider().refreshAll();
    }

    private Stream<T> matching(String typed) {
        String part = typed.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(choice -> box.getItemLabelGenerator().apply(choice).toLowerCase(Locale.ROOT).contains(part));
    }
}
