package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Last line of defence for errors a view did not handle: the user sees a plain message and
 * the page language is set to en-GB (from Java, since a custom index.html would need Node), and
 * an address that is no page answers 404.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            response.getDocument().getElementsByTag("html").attr("lang", "en-GB");
            // The page itself is rendered after the document loads, so an address no route
            // answers is marked here, for browsers, crawlers and monitors to see it is not a page.
            if (!isRoute(event.getSource(), response.getVaadinRequest())) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            if (UserMessages.isServiceUnavailable(cause)) {
                log.warn("The database cannot be reached: {}", UserMessages.rootCause(cause));
            } else if (!UserMessages.isExpected(cause)) {
                log.error("Unhandled error in the user interface", cause);
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(UserMessages.of(cause)));
            }
        }));
    }

    private static boolean isRoute(VaadinService service, VaadinRequest request) {
        if (!(request instanceof VaadinServletRequest servletRequest)) {
            return true;
        }
        String path = servletRequest.getRequestURI().substring(servletRequest.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        return service.getRouter().resolveNavigationTarget(path, Map.of()).isPresent();
    }
}
