package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action: success fades, an error stays until it is closed. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String message) {
        return untilClosed(message, NotificationVariant.LUMO_ERROR, "error-notification");
    }

    /** Something was done, with a caveat the user should act on: it stays until it is closed, like an error. */
    public static Notification warning(String message) {
        return untilClosed(message, NotificationVariant.LUMO_WARNING, "warning-notification");
    }

    private static Notification untilClosed(String message, NotificationVariant variant, String className) {
        Notification n = new Notification(message, 0, Notification.Position.MIDDLE);
        n.addThemeVariants(variant);
        n.addClassName(className);
        n.getElement().addEventListener("click", e -> n.close());
        n.open();
        return n;
    }
}
