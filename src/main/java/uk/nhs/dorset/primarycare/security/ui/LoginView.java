package uk.nhs.dorset.primarycare.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import uk.nhs.dorset.primarycare.security.SignInNotice;
import uk.nhs.dorset.primarycare.security.SsoSettings;

/**
 * Sign-in. It says why when a sign-in is refused for too many failures or a session was ended;
 * in the embedded demo run it lists the demo sign-ins. With single sign-on it offers the
 * organisation's provider first, and the password form only while local accounts are allowed.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in — Primary Care Hub")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final SsoSettings sso;

    LoginView(@Value("${hub.demo-data:false}") boolean demo, SsoSettings sso) {
        this.sso = sso;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        notice.addClassName("sign-in-notice");
        notice.setVisible(false);
        add(new H1("Primary Care Hub"), notice);
        if (sso.enabled()) {
            // A plain link, not a form: the browser goes to the provider and comes back signed in.
            Anchor provider = new Anchor(sso.signInPath(), "Sign in with " + sso.providerName());
            provider.setRouterIgnore(true);
            provider.addClassName("provider-sign-in");
            add(provider);
        }
        if (!sso.localSignIn()) {
            return;
        }
        if (sso.enabled()) {
            Paragraph local = new Paragraph("Or with a local account of the hub:");
            local.addClassName("local-sign-in");
            add(local);
        }
        add(login);
        if (demo) {
            add(new Paragraph("Demo sign-ins (password demo): team, estates, estates2, manager, admin, practice"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session != null) {
            SignInNotice.take(session, refused, sso).ifPresent(text -> {
                notice.setText(text);
                notice.setVisible(true);
            });
        }
        // A lockout or an outage says so above the form; "wrong password" would send the user guessing again.
        login.setError(refused && (session == null || !SignInNotice.notAWrongPassword(session)));
    }
}
