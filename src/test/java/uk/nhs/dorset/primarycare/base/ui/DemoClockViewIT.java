package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The embedded demo reads as of the seeds' day and says so on every screen. */
@ContextConfiguration(initializers = DemoClockViewIT.AsOfTheReview.class)
class DemoClockViewIT extends ViewTest {

    /** Runs after the test database's initializer, which sets the real clock for every other test. */
    static class AsOfTheReview implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("hub.demo.as-of=2018-10-17").applyTo(context);
        }
    }

    @Autowired
    Clock clock;

    @Test
    void theDemoReadsAsOfTheProgrammeReviewAndEveryScreenSaysSo() {
        assertThat(LocalDate.now(clock)).isBetween(LocalDate.of(2018, 10, 17), LocalDate.of(2018, 10, 18));

        signIn("manager");
        UI.getCurrent().navigate("practices");
        Span banner = find(Span.class).withClassName("demo-banner").single();
        assertThat(banner.getText()).isEqualTo("Demo data as of 17 October 2018");
    }
}
