package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page that failed to open shows instead of Vaadin's stack trace: the app's frame, a
 * sentence the user can act on and a way back. A database that cannot be reached reads as the
 * service being unavailable (503), anything else as a fault that is logged (500).
 */
@ParentLayout(MainLayout.class)
// Error views pass the same access check as routes; any signed-in user may see this one.
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private String title = "Something went wrong";

    public ErrorView() {
        addClassName("route-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable error = parameter.getCaughtException();
        boolean unavailable = UserMessages.isServiceUnavailable(error);
        if (unavailable) {
            MainLayout.databaseUnavailable();
            log.warn("/{} could not be opened: the database cannot be reached ({})", event.getLocation().getPath(),
                    UserMessages.rootCause(error));
            title = "Service unavailable";
        } else {
            log.error("/{} could not be opened", event.getLocation().getPath(), error);
        }
        removeAll();
        add(new H2(title), new Paragraph(UserMessages.of(error)), new Anchor("", "Back to the dashboard"));
        return unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
