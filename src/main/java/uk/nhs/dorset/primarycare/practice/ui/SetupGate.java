package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.SetupService;

/**
 * Leads the administrator of a hub that has no organisation or no practices yet from the start
 * page to the set-up, where the steps say what is left. Only the start page: every other page
 * stays reachable, so the administrator can add users or mapped groups first.
 */
@Component
class SetupGate implements VaadinServiceInitListener {

    private final SetupService setup;
    private final CurrentActor currentActor;

    SetupGate(SetupService setup, CurrentActor currentActor) {
        this.setup = setup;
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getPath().isEmpty()) {
            return;
        }
        boolean admin = currentActor.find().map(actor -> actor.has(Role.ADMIN)).orElse(false);
        if (admin && !setup.status().complete()) {
            event.forwardTo(SetupView.class);
        }
    }
}
