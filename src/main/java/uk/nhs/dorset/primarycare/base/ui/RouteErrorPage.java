package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/** The page an address that cannot be opened shows, whether it is unknown or not for the user's role. */
abstract class RouteErrorPage extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "Page not found";

    RouteErrorPage() {
        addClassName("route-error");
    }

    int show(BeforeEnterEvent event) {
        removeAll();
        add(new H2(TITLE),
                new Paragraph("There is no page at /" + event.getLocation().getPath() + " that you can open. The "
                        + "address may be mistyped, or the page may be for another role."),
                new Anchor("", "Back to the dashboard"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(TITLE);
    }
}
