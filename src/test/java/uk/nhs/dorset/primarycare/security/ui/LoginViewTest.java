package uk.nhs.dorset.primarycare.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.security.SsoSettings;

/** What the sign-in page offers: the provider when one is set, the password form while local accounts may sign in. */
class LoginViewTest {

    @Test
    void withoutAProviderOnlyThePasswordFormIsOffered() {
        LoginView view = new LoginView(false, settings("", true));
        assertThat(of(view, LoginForm.class)).hasSize(1);
        assertThat(of(view, Anchor.class)).isEmpty();
    }

    @Test
    void withAProviderItsButtonComesFirstAndTheFormStays() {
        LoginView view = new LoginView(false, settings("https://login.example.nhs.uk/realms/hub", true));
        List<Anchor> buttons = of(view, Anchor.class);
        assertThat(buttons).singleElement().satisfies(button -> {
            assertThat(button.getText()).isEqualTo("Sign in with NHS Somewhere");
            assertThat(button.getHref()).isEqualTo("/oauth2/authorization/hub");
        });
        assertThat(of(view, LoginForm.class)).hasSize(1);
    }

    @Test
    void withLocalSignInSwitchedOffNoPasswordFormIsOffered() {
        LoginView view = new LoginView(true, settings("https://login.example.nhs.uk/realms/hub", false));
        assertThat(of(view, LoginForm.class)).isEmpty();
        assertThat(of(view, Anchor.class)).hasSize(1);
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Demo sign-ins");
    }

    @Test
    void theDemoNamesEverySignInItHasIncludingTheSecondEstatesLead() {
        LoginView view = new LoginView(true, settings("", true));
        assertThat(view.getElement().getTextRecursively())
                .contains("Demo sign-ins (password demo): team, estates, estates2, manager, admin, practice");
    }

    private static SsoSettings settings(String issuer, boolean local) {
        return new SsoSettings(issuer, "hub-client", "secret", "openid", "NHS Somewhere", "groups", "", "preferred_username",
                "the service desk", local);
    }

    private static <T extends Component> List<T> of(Component view, Class<T> type) {
        return view.getChildren().filter(type::isInstance).map(type::cast).toList();
    }
}
