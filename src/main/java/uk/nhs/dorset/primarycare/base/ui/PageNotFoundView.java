package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an address the user may not open shows, inside the app's frame with its menu and a way
 * back. An unknown page and a page the role may not open read the same, so the answer never
 * tells anyone which pages exist; nothing here lists routes, as Vaadin's own page does.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    static final String TITLE = "Page not found";

    public PageNotFoundView() {
        addClassName("route-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this, event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(TITLE);
    }

    static void show(VerticalLayout view, String path) {
        view.removeAll();
        view.add(new H1(TITLE),
                new Paragraph("There is no page at /" + path + " that you can open. The address may be mistyped, "
                        + "or the page may be for another role."),
                new Anchor("", "Back to the dashboard"));
    }

    /**
     * A route the signed-in role may not open. Vaadin raises this only in development mode (in
     * production it raises not found); either way the user sees the same page.
     */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class Denied extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

        public Denied() {
            addClassName("route-error");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
                show(this, event.getLocation().getPath());
            return HttpServletResponse.SC_NOT_FOUND;
        }

        @Override
        public String getPageTitle() {
            return PageTitles.of(TITLE);
        }
    }
}
