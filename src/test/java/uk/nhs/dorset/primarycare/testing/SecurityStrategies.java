package uk.nhs.dorset.primarycare.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The security context strategy of every application context started in this test JVM. Vaadin
 * installs a strategy per context, each with its own thread-local, and method security keeps
 * the one current when its context started; the static holder points only at the newest. So a
 * test sign-in must reach each context's strategy for that context's services to see it.
 */
@Component
class SecurityStrategies implements SmartInitializingSingleton {

    static final List<SecurityContextHolderStrategy> ALL = new CopyOnWriteArrayList<>();

    @Override
    public void afterSingletonsInstantiated() {
        SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();
        if (!ALL.contains(current)) {
            ALL.add(current);
        }
    }
}
