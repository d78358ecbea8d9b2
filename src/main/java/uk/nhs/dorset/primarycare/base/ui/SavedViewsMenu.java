package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The "Views" control of a grid's toolbar, which another feature owns (saving the screen's
 * filters, sort and columns under a name, and opening saved ones), so the grids need to know no
 * feature. A grid looks it up and shows nothing while no feature provides it.
 */
public interface SavedViewsMenu {

    /** A new control for one grid, on its route ("grants"). */
    Component create(String route);
}
