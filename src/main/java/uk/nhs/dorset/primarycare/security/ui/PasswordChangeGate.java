package uk.nhs.dorset.primarycare.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.security.AccountService;

/**
 * A user signed in with a password an administrator set sees nothing but the password page
 * until they have chosen their own: every navigation elsewhere lands there. A user signed in
 * with no role yet (first met through the provider) sees only the page saying so.
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
        if (target == LoginView.class || target == NoAccessView.class) {
            return;
        }
        if (account.hasNoRole()) {
            // Forwarded, not rerouted: the address says where they are, so a reload or a shared link shows the same.
            event.forwardTo(NoAccessView.class);
        } else if (target != AccountView.class && account.passwordChangeRequired()) {
            event.rerouteTo(AccountView.class);
        }
    }
}
