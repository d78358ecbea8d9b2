package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * A choice between ways of showing the same records (a board or a grid; transitions or field
 * changes), as a group of radio buttons styled as one segmented control. Tabs would read the
 * same, but Vaadin's tab bar carries a focusable scroller inside its tab list, which screen
 * readers cannot make sense of (axe: aria-required-children).
 */
public final class ViewSwitch {

    private ViewSwitch() {
    }

    public static RadioButtonGroup<String> of(String label, String first, String... others) {
        RadioButtonGroup<String> choice = new RadioButtonGroup<>(label);
        String[] items = new String[others.length + 1];
        items[0] = first;
        System.arraycopy(others, 0, items, 1, others.length);
        choice.setItems(items);
        choice.setValue(first);
        choice.addClassName("view-switch");
        return choice;
    }
}
