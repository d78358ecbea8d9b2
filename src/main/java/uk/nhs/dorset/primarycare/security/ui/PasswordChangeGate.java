package uk.nhs.dorset.primarycare.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.security.AccountService;

/**
 * A user signed in with a password an administrator set sees nothing but the password page
 * until they have chosen their own: every navigation elsewhere lands there.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService account;

    PasswordChangeGate(AccountService account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != AccountView.class && target != LoginView.class && account.passwordChangeRequired()) {
            event.rerouteTo(AccountView.class);
        }
    }
}
