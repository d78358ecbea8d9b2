package uk.nhs.dorset.primarycare.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.ui.AccountSection;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.security.AccountService;
import uk.nhs.dorset.primarycare.security.Password;

/** Every user changes their own password here; one an administrator set must be changed here first. */
@Route("account")
@PageTitle("Your password — Primary Care Hub")
@PermitAll
class AccountView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Paragraph required = new Paragraph(
            "The password you signed in with was set by an administrator. Choose your own before you go on.");
    final Paragraph refusal = new Paragraph();
    final Button change = new Button("Change password");

    AccountView(AccountService account, ObjectProvider<AccountSection> sections) {
        addClassName("account-view");
        required.addClassName("password-change-required");
        required.setVisible(account.passwordChangeRequired());
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        next.setHelperText(Password.MIN + " to " + Password.MAX
                + " characters; not a common password and not your username. A few unrelated words work well.");
        for (PasswordField field : new PasswordField[] {current, next, repeated}) {
            field.setMaxLength(Password.MAX);
            field.setWidthFull();
        }
        FormLayout form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            boolean wasRequired = account.passwordChangeRequired();
            try {
                account.changeOwnPassword(current.getValue(), next.getValue(), repeated.getValue());
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
                return;
            }
            current.clear();
            next.clear();
            repeated.clear();
            refusal.setVisible(false);
            required.setVisible(false);
            Notifications.success("Your password is changed; your other sessions are signed out");
            if (wasRequired) {
                UI.getCurrent().navigate("");
            }
        });
        add(new H2("Change your password"), required, form, refusal, change);
        sections.orderedStream().forEach(section -> add(section.create()));
    }

    // Method security wraps the view in a proxy whose own fields are empty: tests reach the parts through these.
    PasswordField current() {
        return current;
    }

    PasswordField next() {
        return next;
    }

    PasswordField repeated() {
        return repeated;
    }

    Paragraph required() {
        return required;
    }

    Paragraph refusal() {
        return refusal;
    }

    Button change() {
        return change;
    }
}
