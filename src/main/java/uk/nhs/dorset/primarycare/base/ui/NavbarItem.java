package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to the top bar of every signed-in screen (the notifications bell),
 * so the layout needs to know no feature.
 */
public interface NavbarItem {

    /** A new component for one screen's top bar. */
    Component create();
}
