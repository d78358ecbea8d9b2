package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * What an address the user may not open shows, inside the app's frame with its menu and a way
 * back. An unknown page and a page the role may not open read the same, so the answer never
 * tells anyone which pages exist; nothing here lists routes, as Vaadin's own page does.
 * Error views pass the same access check as routes, so any signed-in user may see this one.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends RouteErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(event);
    }

    /**
     * A route the signed-in role may not open. Vaadin raises this only in development mode (in
     * production it raises not found); either way the user sees the same page.
     */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class Denied extends RouteErrorPage implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show(event);
        }
    }
}
