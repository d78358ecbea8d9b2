package uk.nhs.dorset.primarycare.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.security.SsoSettings;

/**
 * What someone signed in with no role sees: their account exists (made at their first sign-in
 * through the provider, or all its roles went with their groups), and whom to ask for access.
 * No menu: there is nothing they may open yet.
 */
@Route(value = "no-access", autoLayout = false)
@PageTitle("No access yet — Primary Care Hub")
@PermitAll
class NoAccessView extends VerticalLayout {

    NoAccessView(CurrentActor currentUser, SsoSettings sso, AuthenticationContext authentication) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Paragraph exists = new Paragraph("Welcome, " + currentUser.displayName()
                + ". Your account exists, but it has no access yet.");
        Paragraph ask = new Paragraph("Ask " + sso.accessContact() + " to give you access: they need the name you signed in with, "
                + currentUser.find().map(a -> a.username()).orElse("") + ". Once they have, sign out and sign in again.");
        VerticalLayout explanation = new VerticalLayout(exists, ask);
        authentication.getAuthenticatedUser(OidcUser.class).filter(person -> sso.groupsLeftOut(person.getClaims()))
                .ifPresent(person -> explanation.addComponentAtIndex(1, new Paragraph("You are in more groups than your "
                        + "organisation's sign-in service sends to the hub, so it sent none. Your administrator can "
                        + "send only the groups given to the hub, or its app roles; until then the hub cannot tell your role.")));
        explanation.addClassName("no-access-explanation");
        explanation.setMaxWidth("36rem");
        explanation.setPadding(false);
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        add(new H1("No access yet"), explanation, signOut);
    }
}
