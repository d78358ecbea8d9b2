package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the signed-in user's account page that another feature owns (their notification
 * choices), so the account page needs to know no feature.
 */
public interface AccountSection {

    /** A new component for one account page. */
    Component create();
}
