package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature is an application module whose public API is its root package: no feature
 * reaches into another feature's internal packages (its {@code ui}), and features form no
 * cycles. The shared kernel {@code base} offers its root package and its sub-packages (named
 * interfaces) to every feature.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresUseOnlyEachOthersPublicApiAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void everyTopLevelPackageIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("base", "security", "practice", "workforce", "grants",
                        "estates", "mergers", "programme", "reporting", "notifications", "work", "reminders", "savedviews");
    }
}
