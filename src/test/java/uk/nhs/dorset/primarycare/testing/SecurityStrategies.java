package uk.nhs.dorset.primarycare.testing;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Remembers the security context strategy of every application context the tests start.
 * Vaadin installs its own strategy per context, and the static holder points at whichever
 * context started last; method security reads its own context's strategy, so a test sign-in
 * must reach all of them.
 */
@Component
class SecurityStrategies {

    static final Set<SecurityContextHolderStrategy> ALL = new CopyOnWriteArraySet<>();

    SecurityStrategies(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        strategy.ifAvailable(ALL::add);
    }
}
