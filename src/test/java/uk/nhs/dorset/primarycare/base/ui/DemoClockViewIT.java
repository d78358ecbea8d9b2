package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
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

    @Test
    void onTheDemosDayThe2017ProgrammeForecastsThePapersUnderspendWithTwoSchemesSlipped() {
        signIn("manager");
        UI.getCurrent().navigate("grants", QueryParameters.fromString("programme=2017%2F18"));
        assertThat(figure("Forecast underspend")).isEqualTo("£31,000");
        assertThat(figure("Evidenced")).isEqualTo("£660,000");

        UI.getCurrent().navigate("grants", QueryParameters.fromString("programme=2017%2F18&deadline=SLIPPED"));
        assertThat(find(Span.class).withClassName("grid-summary").single().getText()).startsWith("2 bids");
    }

    private String figure(String label) {
        Figure figure = find(Figure.class).all().stream()
                .filter(f -> f.getChildren().anyMatch(c -> c instanceof Span s && s.getText().equals(label)))
                .findFirst().orElseThrow();
        return figure.getChildren().map(c -> (Span) c).filter(s -> s.hasClassName("figure-value"))
                .findFirst().orElseThrow().getText();
    }
}
