package uk.nhs.dorset.primarycare.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs long work (imports, big exports) off the UI thread as the user who started it, so the
 * services' role checks still apply. Uses the application's own security context strategy,
 * which is the one method security reads.
 */
@Component
public class BackgroundWork {

    private final SecurityContextHolderStrategy security;

    BackgroundWork(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Captures the signed-in user now (call it on the UI thread) and runs the work on a virtual thread. */
    public void start(String name, Runnable work) {
        SecurityContext user = security.getContext();
        Thread.ofVirtual().name(name).start(() -> {
            security.setContext(user);
            try {
                work.run();
            } finally {
                security.clearContext();
            }
        });
    }
}
