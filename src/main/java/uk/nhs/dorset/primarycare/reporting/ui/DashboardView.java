package uk.nhs.dorset.primarycare.reporting.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/** The signed-in role's starting point. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout {

    DashboardView(CurrentUser currentUser) {
        add(new H2("Welcome, " + currentUser.displayName()),
                new Paragraph("Choose an area from the menu."));
    }
}
