package uk.nhs.dorset.primarycare.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.AppUser;
import uk.nhs.dorset.primarycare.security.AppUserRepository;
import uk.nhs.dorset.primarycare.security.UserService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Users change their own password; one an administrator set must be changed before anything else. */
class AccountViewIT extends ViewTest {

    static final String GIVEN = "Given-By-The-Admin-2026";

    @Autowired
    UserService userService;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aUserGivenAPasswordByAnAdministratorMustChangeItBeforeAnythingElse() {
        String username = "first" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        signIn("admin");
        userService.create(username, "First sign-in", GIVEN, Set.of(Role.TEAM), null);
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isPasswordChangeRequired()).isTrue();

        signIn(username);
        AccountView account = navigate("grants", AccountView.class);
        assertThat(account.required().isVisible()).isTrue();
        UI.getCurrent().navigate("mergers");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(AccountView.class);
        account = (AccountView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

        test(account.current()).setValue(GIVEN);
        test(account.next()).setValue("Orchard-Bicycle-Thimble-8");
        test(account.repeated()).setValue("Orchard-Bicycle-Thimble-8");
        test(account.change()).click();
        AppUser changed = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(changed.isPasswordChangeRequired()).isFalse();
        assertThat(encoder.matches("Orchard-Bicycle-Thimble-8", userDetailsService.loadUserByUsername(username).getPassword())).isTrue();

        UI.getCurrent().navigate("mergers");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isNotInstanceOf(AccountView.class);
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndAGoodNewOne() {
        signIn("team");
        AccountView account = navigate(AccountView.class);
        assertThat(account.required().isVisible()).as("demo users keep their password").isFalse();
        test(account.current()).setValue("not my password");
        test(account.next()).setValue("Orchard-Bicycle-Thimble-8");
        test(account.repeated()).setValue("Orchard-Bicycle-Thimble-8");
        test(account.change()).click();
        assertThat(account.refusal().getText()).isEqualTo("Your current password is not right; type it again");

        test(account.current()).setValue("demo");
        test(account.next()).setValue("password1234");
        test(account.repeated()).setValue("password1234");
        test(account.change()).click();
        assertThat(account.refusal().getText())
                .isEqualTo("That password is on the list of commonly used passwords; choose one that is harder to guess");

        test(account.next()).setValue("Orchard-Bicycle-Thimble-8");
        test(account.repeated()).setValue("Orchard-Bicycle-Thimble-9");
        test(account.change()).click();
        assertThat(account.refusal().getText()).isEqualTo("The two new passwords differ; type the same one twice");
        assertThat(encoder.matches("demo", userDetailsService.loadUserByUsername("team").getPassword())).isTrue();
    }
}
