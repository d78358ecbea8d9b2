package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;

/**
 * A grid's owner filter: any owner (empty), nobody, or one of the people records can be given to.
 * The people are read when they are first needed (the list is opened, or a link names an owner),
 * not every time a grid page is opened.
 */
public class OwnerField extends ComboBox<String> {

    private final SerializableSupplier<Map<String, String>> source;
    private @Nullable Map<String, String> people;
    private final ChoicesWhenOpened<String> choices;

    /** @param people the usernames records may be given to, with the names users read, in the order shown */
    public OwnerField(SerializableSupplier<Map<String, String>> people) {
        super("Owner");
        this.source = people;
        setItemLabelGenerator(this::label);
        choices = ChoicesWhenOpened.of(this, () -> Stream.concat(Stream.of(OwnerFilter.NOBODY), people().keySet().stream()).toList());
        setPlaceholder("Any");
        setClearButtonVisible(true);
        setWidth("min(18rem, 100%)");
    }

    /**
     * The field for this actor: the staff who own records filter by owner; a practice manager,
     * whose records are their own practice's, has no such filter (the field stays hidden and empty).
     */
    public static OwnerField forStaff(Actor actor, SerializableSupplier<Map<String, String>> people) {
        boolean staff = actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER));
        OwnerField field = new OwnerField(staff ? people : Map::of);
        field.setVisible(staff);
        return field;
    }

    /** Shows the owner a link asked for; one that is not a choice (a former user) reads as any. */
    public void show(@Nullable String owner) {
        setValue(owner != null && choices.all().contains(owner) ? owner : null);
    }

    private String label(String username) {
        return OwnerFilter.NOBODY.equals(username) ? "Nobody" : people().getOrDefault(username, username);
    }

    private Map<String, String> people() {
        if (people == null) {
            people = source.get();
        }
        return people;
    }
}
