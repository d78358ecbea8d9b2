package uk.nhs.dorset.primarycare.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.AppUser;
import uk.nhs.dorset.primarycare.security.AppUserRepository;
import uk.nhs.dorset.primarycare.security.ProviderUsers;
import uk.nhs.dorset.primarycare.security.UserService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** User administration: the add dialog's refusals and disabling with confirmation. */
class UsersViewIT extends ViewTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    UserService service;

    @Test
    void aPracticeManagerNeedsAPracticeAndTheRefusalKeepsTheInput() {
        signIn("admin");
        navigate(UsersView.class);
        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        String username = "pm" + ThreadLocalRandom.current().nextInt(10000, 99999);
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Practice manager");
        test(dialog.password).setValue("a long enough password");
        dialog.roles.setValue(Set.of(Role.PRACTICE));
        assertThat(dialog.practice.isVisible()).isTrue();
        test(dialog.save).click();
        assertThat(dialog.refusal.isVisible()).isTrue();
        assertThat(dialog.refusal.getText()).isEqualTo("A practice manager must be tied to a practice");
        assertThat(dialog.username.getValue()).isEqualTo(username);
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();

        test(dialog.practice).selectItem("J81002 Orchid House Surgery");
        test(dialog.save).click();
        AppUser saved = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(saved.getPracticeOdsCode()).isEqualTo("J81002");
        assertThat(saved.getRoles()).containsExactly(Role.PRACTICE);
    }

    @Test
    void anAdministratorGivesAUserTheAddressTheirNotificationsAreMailedTo() {
        signIn("admin");
        navigate(UsersView.class);
        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        String username = "mail" + ThreadLocalRandom.current().nextInt(10000, 99999);
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Estates mailbox");
        test(dialog.password).setValue("a long enough password");
        dialog.roles.setValue(Set.of(Role.ESTATES));
        test(dialog.email).setValue("not an address");
        test(dialog.save).click();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Give an email address such as estates@nhs.net, or leave it empty");
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();

        test(dialog.email).setValue("estates.team@nhs.net");
        test(dialog.save).click();
        AppUser saved = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(saved.getEmail()).isEqualTo("estates.team@nhs.net");

        service.setEmail(saved.getId(), "");
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getEmail()).as("empty: in the application only").isNull();
    }

    @Test
    void badInputIsToldAtEachFieldAndNothingIsSaved() {
        signIn("admin");
        navigate(UsersView.class);
        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        String username = "bad" + ThreadLocalRandom.current().nextInt(10000, 99999);
        test(dialog.username).setValue(username + " name");
        test(dialog.displayName).setValue("  ");
        test(dialog.password).setValue("short");
        test(dialog.save).click();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("A username is 3 to 100 letters, digits or . _ @ -");
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("Give the user a display name");
        assertThat(dialog.password.getErrorMessage()).isEqualTo("A password needs 10 to 72 characters");
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Give the user at least one role");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
        assertThat(users.findByUsernameIgnoreCase(username + " name")).isEmpty();

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Fixed");
        test(dialog.password).setValue("a long enough password");
        dialog.roles.setValue(Set.of(Role.TEAM));
        test(dialog.save).click();
        assertThat(users.findByUsernameIgnoreCase(username)).isPresent();
    }

    @Test
    void theServiceHoldsTheSameRulesWhereNoFormRan() {
        signIn("admin");
        String username = "svc" + ThreadLocalRandom.current().nextInt(10000, 99999);
        assertThatThrownBy(() -> service.create(username, "Service caller", "x".repeat(73), Set.of(Role.TEAM), null))
                .hasMessage("A password needs 10 to 72 characters");
        assertThatThrownBy(() -> service.create(username, "x".repeat(201), "a long enough password", Set.of(Role.TEAM), null))
                .hasMessage("The display name is 201 characters long; keep it to 200 characters");
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThatThrownBy(() -> service.resetPassword(admin.getId(), admin.getVersion(), "short"))
                .hasMessage("A password needs 10 to 72 characters");
        assertThatThrownBy(() -> service.updateRoles(admin.getId(), admin.getVersion(), Set.of(Role.TEAM), null))
                .hasMessage("You cannot remove your own administrator role");
    }

    @Test
    void disablingAsksForConfirmation() {
        signIn("admin");
        String username = "temp" + ThreadLocalRandom.current().nextInt(10000, 99999);
        UsersView view = navigate(UsersView.class);
        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Temporary");
        test(dialog.password).setValue("a long enough password");
        dialog.roles.setValue(Set.of(Role.TEAM));
        test(dialog.save).click();
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isEnabled()).isTrue();

        test(view.search()).setValue(username);
        GridTester<Grid<AppUser>, AppUser> grid = test(view.grid());
        assertThat(grid.size()).isEqualTo(1);
        Button disable = grid.getCellComponent(0, "actions").getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Disable")).findFirst().orElseThrow();
        test(disable).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Disable " + username + "?");
        test(find(Button.class).from(confirm).withText("Disable").single()).click();
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void cancellingTheAddDialogWithTypedTextAsksBeforeDiscardingIt() {
        signIn("admin");
        navigate(UsersView.class);
        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        test(find(Button.class).from(dialog).withText("Cancel").single()).click();
        assertThat(dialog.isOpened()).as("nothing typed: closes at once").isFalse();

        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog typed = find(UsersView.UserDialog.class).all().stream().filter(UsersView.UserDialog::isOpened)
                .findFirst().orElseThrow();
        test(typed.username).setValue("half.typed");
        test(find(Button.class).from(typed).withText("Cancel").single()).click();
        ConfirmDialog ask = find(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Discard your changes?");
        test(find(Button.class).from(ask).withText("Keep editing").single()).click();
        assertThat(typed.isOpened()).isTrue();
        assertThat(typed.username.getValue()).isEqualTo("half.typed");

        test(find(Button.class).from(typed).withText("Cancel").single()).click();
        test(find(Button.class).from(find(ConfirmDialog.class).last()).withText("Discard").single()).click();
        assertThat(typed.isOpened()).isFalse();
    }

    @Test
    void aSingleSignOnUsersRolesAreReadOnlyAndTheAdministratorTiesTheirPractice() {
        signIn("admin");
        String username = "sso" + ThreadLocalRandom.current().nextInt(10000, 99999);
        ProviderUsers.save(users, username, Set.of(Role.TEAM));
        UsersView view = navigate(UsersView.class);
        test(view.search()).setValue(username);
        GridTester<Grid<AppUser>, AppUser> grid = test(view.grid());
        assertThat(grid.size()).isEqualTo(1);
        java.util.List<Button> actions = grid.getCellComponent(0, "actions").getChildren().map(Button.class::cast).toList();
        assertThat(actions).anySatisfy(b -> {
            assertThat(b.getText()).isEqualTo("Reset password");
            assertThat(b.isVisible()).as("no password here to reset").isFalse();
        });
        test(actions.stream().filter(b -> b.getText().equals("Roles")).findFirst().orElseThrow()).click();

        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        assertThat(dialog.roles.isReadOnly()).isTrue();
        assertThat(dialog.roles.getValue()).containsExactly(Role.TEAM);
        assertThat(dialog.practice.isVisible()).isTrue();
        test(dialog.practice).selectItem("J81002 Orchid House Surgery");
        test(dialog.save).click();

        AppUser saved = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(saved.getPracticeOdsCode()).isEqualTo("J81002");
        assertThat(saved.getRoles()).containsExactly(Role.TEAM);
        assertThatThrownBy(() -> service.updateRoles(saved.getId(), saved.getVersion(), Set.of(Role.ADMIN), null))
                .hasMessageStartingWith("This user signs in through the organisation's provider");
    }

    @Test
    void commonRepeatedAndOwnNamePasswordsAreRefused() {
        signIn("admin");
        String username = "policy" + ThreadLocalRandom.current().nextInt(10000, 99999);
        assertThatThrownBy(() -> service.create(username, "Policy", "password123", Set.of(Role.TEAM), null))
                .hasMessage("That password is on the list of commonly used passwords; choose one that is harder to guess");
        assertThatThrownBy(() -> service.create(username, "Policy", "aaaaaaaaaa", Set.of(Role.TEAM), null))
                .hasMessage("That password is a repeated or sequential run of characters; choose one that is harder to guess");
        assertThatThrownBy(() -> service.create(username, "Policy", "1234567890", Set.of(Role.TEAM), null))
                .hasMessage("That password is a repeated or sequential run of characters; choose one that is harder to guess");
        assertThatThrownBy(() -> service.create(username, "Policy", "my " + username + " pass", Set.of(Role.TEAM), null))
                .hasMessage("A password must not contain the username");
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThatThrownBy(() -> service.resetPassword(admin.getId(), admin.getVersion(), "qwertyuiop"))
                .hasMessageContaining("choose one that is harder to guess");

        navigate(UsersView.class);
        test(find(Button.class).withText("Add user").first()).click();
        UsersView.UserDialog dialog = find(UsersView.UserDialog.class).single();
        test(dialog.password).setValue("welcome123");
        test(dialog.save).click();
        assertThat(dialog.password.getErrorMessage())
                .isEqualTo("That password is on the list of commonly used passwords; choose one that is harder to guess");
    }
}
