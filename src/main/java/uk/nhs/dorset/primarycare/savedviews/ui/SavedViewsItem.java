package uk.nhs.dorset.primarycare.savedviews.ui;

import com.vaadin.flow.component.Component;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import uk.nhs.dorset.primarycare.savedviews.SavedViewService;

/** Gives every grid that asks for one the "Views" control. */
@org.springframework.stereotype.Component
class SavedViewsItem implements SavedViewsMenu {

    private final SavedViewService views;
    private final CurrentActor currentUser;

    SavedViewsItem(SavedViewService views, CurrentActor currentUser) {
        this.views = views;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(String route) {
        return new ViewsMenu(views, currentUser.actor().username(), route);
    }
}
