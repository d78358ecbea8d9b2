package uk.nhs.dorset.primarycare.notifications.ui;

import uk.nhs.dorset.primarycare.base.ui.NavbarItem;
import uk.nhs.dorset.primarycare.notifications.NotificationService;

/** Puts the bell in every signed-in screen's top bar. */
@org.springframework.stereotype.Component
class BellItem implements NavbarItem {

    private final NotificationService notifications;

    BellItem(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notifications);
    }
}
