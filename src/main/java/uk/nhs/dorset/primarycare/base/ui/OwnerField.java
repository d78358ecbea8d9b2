package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;

/** A grid's owner filter: any owner (empty), nobody, or one of the people records can be given to. */
public class OwnerField extends ComboBox<String> {

    private final List<String> choices = new ArrayList<>();

    /** @param people the usernames records may be given to, with the names users read */
    public OwnerField(Map<String, String> people) {
        super("Owner");
        choices.add(OwnerFilter.NOBODY);
        choices.addAll(people.keySet());
        setItems(choices);
        setItemLabelGenerator(username -> OwnerFilter.NOBODY.equals(username) ? "Nobody" : people.getOrDefault(username, username));
        setPlaceholder("Any");
        setClearButtonVisible(true);
        setWidth("min(18rem, 100%)");
    }

    /**
     * The field for this actor: the staff who own records filter by owner; a practice manager,
     * whose records are their own practice's, has no such filter (the field stays hidden and empty).
     */
    public static OwnerField forStaff(Actor actor, Supplier<Map<String, String>> people) {
        boolean staff = actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER));
        OwnerField field = new OwnerField(staff ? people.get() : Map.of());
        field.setVisible(staff);
        return field;
    }

    /** Shows the owner a link asked for; one that is not a choice (a former user) reads as any. */
    public void show(@Nullable String owner) {
        setValue(owner != null && choices.contains(owner) ? owner : null);
    }
}
