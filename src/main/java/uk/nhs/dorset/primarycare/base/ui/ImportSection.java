package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * One kind of data import offered on the imports page (/admin/imports). Each feature that
 * imports files provides a Spring bean of this type; the page shows the sections the
 * signed-in user's roles may use, each built afresh for the user's UI.
 */
public interface ImportSection {

    /** Heading, e.g. "GP practices (ODS epraccur)". */
    String title();

    /** Order on the page, lowest first. */
    int order();

    /** Roles that may run this import; the service behind it checks them again. */
    Set<Role> roles();

    /** A new component for one UI: upload, dry run, apply with progress and cancel. */
    Component create();
}
