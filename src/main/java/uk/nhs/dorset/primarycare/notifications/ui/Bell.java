package uk.nhs.dorset.primarycare.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.notifications.NotificationService;

/** The bell in the top bar: how many notifications are unread, counted again at every navigation; opens the list. */
class Bell extends Button implements AfterNavigationObserver {

    final Span count = new Span();
    private final NotificationService notifications;

    Bell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(new Icon(VaadinIcon.BELL));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notification-bell");
        count.addClassName("unread-count");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(Formats.number(unread));
        count.setVisible(unread > 0);
        // The count alone is a number without a word: the accessible name says what it counts.
        getElement().setAttribute("aria-label", "Notifications, " + Formats.number(unread) + " unread");
        setTooltipText(unread == 0 ? "No unread notifications" : Formats.count(unread, "unread notification"));
    }

    long unread() {
        return count.isVisible() ? Long.parseLong(count.getText().replace(",", "")) : 0;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }
}
