package uk.nhs.dorset.primarycare.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.notifications.Notification;
import uk.nhs.dorset.primarycare.notifications.NotificationService;

/** The signed-in user's notifications, newest first; opening one marks it read and goes to its record. */
@Route("notifications")
@PageTitle("Notifications — Primary Care Hub")
@PermitAll
class NotificationsView extends VerticalLayout {

    final Grid<Notification> grid = new Grid<>();
    final Button markAllRead = new Button("Mark all read");
    private final NotificationService notifications;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        grid.addColumn(n -> Formats.dateTime(n.createdAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::opener).setHeader("Notification").setFlexGrow(1);
        grid.addColumn(n -> n.unread() ? "Unread" : "Read").setHeader("Read").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> notifications.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notifications.count()));
        markAllRead.addClickListener(e -> {
            int marked = notifications.markAllRead();
            grid.getDataProvider().refreshAll();
            Notifications.success(marked == 0 ? "Nothing was unread" : Formats.count(marked, "notification") + " marked read");
        });
        Paragraph help = new Paragraph("What waits for your role's next move, and news of your practice's records. "
                + "Choose which of these are also mailed to you on your account page.");
        add(new H2("Your notifications"), help, new HorizontalLayout(markAllRead), grid);
        setSizeFull();
    }

    private Button opener(Notification notification) {
        Button open = new Button(notification.text(), e -> getUI().ifPresent(ui -> ui.navigate(notifications.open(notification.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("notification-item");
        if (notification.unread()) {
            open.addClassName("unread");
        }
        open.getElement().setAttribute("data-link", notification.link());
        return open;
    }
}
