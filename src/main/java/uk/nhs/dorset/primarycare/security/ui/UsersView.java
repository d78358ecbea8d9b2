package uk.nhs.dorset.primarycare.security.ui;

import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.base.ui.Confirm;
import uk.nhs.dorset.primarycare.base.ui.UnsavedChanges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.AppUser;
import uk.nhs.dorset.primarycare.security.Password;
import uk.nhs.dorset.primarycare.security.PasswordForm;
import uk.nhs.dorset.primarycare.security.UserForm;
import uk.nhs.dorset.primarycare.security.UserService;

/** Administrators add users, set their roles, reset passwords and disable accounts. */
@Route("admin/users")
@PageTitle("Users — Primary Care Hub")
@Menu(order = 80, title = "Users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_)
class UsersView extends VerticalLayout {

    private final UserService users;
    private final PracticeService practices;
    final TextField search = new TextField();
    final Grid<AppUser> grid = new Grid<>();
    final Button add = new Button("Add user", VaadinIcon.PLUS.create());

    UsersView(UserService users, PracticeService practices) {
        this.users = users;
        this.practices = practices;
        addClassName("users-view");
        setSizeFull();
        search.setPlaceholder("Search username or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new UserDialog(null).open());
        Div toolbar = new Div(search, add);
        toolbar.addClassName("toolbar");

        grid.addColumn(AppUser::getUsername).setHeader("Username").setSortProperty("username").setAutoWidth(true).setKey("username");
        grid.addColumn(AppUser::getDisplayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(1);
        grid.addColumn(u -> u.getRoles().stream().map(Role::label).collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(u -> u.getPracticeOdsCode() == null ? "" : u.getPracticeOdsCode()).setHeader("Practice").setAutoWidth(true);
        grid.addComponentColumn(u -> u.isEnabled() ? new StatusBadge("Active", StatusBadge.Tone.SUCCESS)
                : new StatusBadge("Disabled", StatusBadge.Tone.NEUTRAL)).setHeader("Status").setSortProperty("enabled").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> users.search(search.getValue().strip(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) users.count(search.getValue().strip()));
        add(new H2("Users"), toolbar, grid);
        setFlexGrow(1, grid);
    }

    Grid<AppUser> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }

    private Component actions(AppUser user) {
        Button roles = new Button("Roles", e -> new UserDialog(user).open());
        Button reset = new Button("Reset password", e -> resetPassword(user));
        reset.setVisible(!user.signsInThroughProvider());
        Button enable = new Button(user.isEnabled() ? "Disable" : "Enable", e -> confirmEnable(user));
        for (Button b : List.of(roles, reset, enable)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(roles, reset, enable);
        actions.setSpacing(false);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    private void confirmEnable(AppUser user) {
        boolean disable = user.isEnabled();
        Confirm.ask((disable ? "Disable " : "Enable ") + user.getUsername() + "?",
                disable ? "They will no longer be able to sign in. Their records and history stay."
                        : "They will be able to sign in again with their current password.",
                disable ? "Disable" : "Enable", "Go back", disable, () -> {
                    try {
                        users.setEnabled(user.getId(), user.getVersion(), !disable);
                        Notifications.success((disable ? "Disabled " : "Enabled ") + user.getUsername());
                    } catch (RuntimeException refused) {
                        Notifications.error(UserMessages.of(refused));
                    }
                    grid.getDataProvider().refreshAll();
                });
    }

    private void resetPassword(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset password for " + user.getUsername());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + Password.MIN + " characters, not a common one; the user chooses their own at next sign-in");
        password.setMaxLength(Password.MAX);
        password.setWidthFull();
        BeanValidationBinder<PasswordForm> binder = new BeanValidationBinder<>(PasswordForm.class);
        binder.forField(password).withDefaultValidator(false).bind("password");
        Paragraph refusal = refusal();
        dialog.add(password, refusal);
        Button save = new Button("Reset password", e -> {
            PasswordForm form = new PasswordForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                users.resetPassword(user.getId(), user.getVersion(), form.getPassword());
                Notifications.success("Password reset for " + user.getUsername());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
    }

    private static Paragraph refusal() {
        Paragraph refusal = new Paragraph();
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        return refusal;
    }

    /**
     * Adds a user, or changes an existing user's roles (and practice for a practice manager).
     * The field rules are {@link UserForm}'s, shown at the field; the rules that depend on
     * other records (a taken username, one's own administrator role) come back as a refusal.
     */
    final class UserDialog extends Dialog {

        final TextField username = new TextField("Username");
        final TextField displayName = new TextField("Display name");
        final PasswordField password = new PasswordField("Password");
        final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>("Roles");
        final ComboBox<Practice> practice = new ComboBox<>("Practice");
        final EmailField email = new EmailField("Email for notifications");
        final Paragraph refusal = refusal();
        final Button save;
        final BeanValidationBinder<UserForm> binder = new BeanValidationBinder<>(UserForm.class);
        private @Nullable AppUser shown;

        UserDialog(@Nullable AppUser existing) {
            shown = existing;
            setHeaderTitle(existing == null ? "Add user" : "Roles of " + existing.getUsername());
            username.setMaxLength(UserForm.USERNAME_MAX);
            username.setHelperText("3 to " + UserForm.USERNAME_MAX + " lower-case letters, digits or . _ @ -");
            displayName.setMaxLength(UserForm.DISPLAY_NAME_MAX);
            password.setMaxLength(Password.MAX);
            password.setHelperText("At least " + Password.MIN + " characters, not a common one; the user chooses their own at first sign-in");
            roles.setItems(Role.values());
            roles.setItemLabelGenerator(Role::label);
            List<Practice> open = practices.openPractices();
            practice.setItems(open);
            practice.setItemLabelGenerator(Practice::label);
            practice.setHelperText("The one practice a practice manager may see");
            practice.setVisible(false);
            roles.addValueChangeListener(e -> practice.setVisible(e.getValue().contains(Role.PRACTICE)));
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            if (existing == null) {
                // Only the fields on show are bound, so an existing user's roles are not judged by the new-user fields.
                // The fields' own length checks have no words; the form's rules say what is wrong.
                binder.forField(username).withDefaultValidator(false).bind("username");
                binder.forField(displayName).withDefaultValidator(false).bind("displayName");
                binder.forField(password).withDefaultValidator(false).bind("password");
                form.add(username, displayName, password);
            }
            boolean throughProvider = existing != null && existing.signsInThroughProvider();
            if (throughProvider) {
                // Their roles come from the provider's groups at each sign-in; only the practice is set here.
                roles.setValue(existing.getRoles());
                roles.setReadOnly(true);
                roles.setHelperText("From their groups at the organisation's provider, at each sign-in");
                practice.setVisible(true);
                practice.setHelperText("The practice they manage, when the provider does not name it");
            } else {
                binder.forField(roles).bind("roles");
            }
            binder.forField(practice)
                    .withConverter(p -> p == null ? null : p.getOdsCode(),
                            code -> open.stream().filter(p -> p.getOdsCode().equals(code)).findFirst().orElse(null))
                    .bind("practice");
            email.setMaxLength(UserForm.EMAIL_MAX);
            email.setHelperText("A shared mailbox is fine; empty: notifications stay in the application");
            binder.forField(email).withDefaultValidator(false).bind("email");
            form.add(roles, practice, email);
            if (existing != null) {
                binder.readBean(formOf(existing));
            }
            add(form, refusal);
            save = new Button(existing == null ? "Add user" : "Save roles", e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Runnable cancel = UnsavedChanges.askBeforeClosing(this, binder::hasChanges);
            getFooter().add(new Button("Cancel", e -> cancel.run()), save);
            setWidth("min(30rem, 95vw)");
        }

        private static UserForm formOf(AppUser user) {
            UserForm form = UserForm.of(user.getUsername(), user.getDisplayName(), "", user.getRoles(), user.getPracticeOdsCode());
            form.setEmail(user.getEmail());
            return form;
        }

        private void save() {
            AppUser existing = shown;
            refusal.setVisible(false);
            UserForm form = new UserForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            boolean throughProvider = existing != null && existing.signsInThroughProvider();
            if (!throughProvider && !form.getRoles().contains(Role.PRACTICE)) {
                form.setPractice(null);
            }
            try {
                if (throughProvider) {
                    users.setEmail(users.tieToPractice(existing.getId(), existing.getVersion(), form.getPractice()).getId(), form.getEmail());
                    Notifications.success("Saved the practice of " + existing.getUsername());
                } else if (existing == null) {
                    AppUser created = users.create(form);
                    Notifications.success("Added " + created.getUsername());
                } else {
                    users.setEmail(users.updateRoles(existing.getId(), existing.getVersion(), form.getRoles(), form.getPractice()).getId(), form.getEmail());
                    Notifications.success("Saved roles of " + existing.getUsername());
                }
                close();
                grid.getDataProvider().refreshAll();
            } catch (ConcurrentChange conflict) {
                AppUser fresh = users.user(java.util.Objects.requireNonNull(existing).getId());
                ConflictDialog.open(conflict, binder, formOf(existing), formOf(fresh), () -> {
                    shown = fresh;
                    binder.readBean(formOf(fresh));
                    return binder;
                });
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        }
    }
}
