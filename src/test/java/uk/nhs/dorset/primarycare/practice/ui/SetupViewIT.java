package uk.nhs.dorset.primarycare.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The demo is set up already: its administrator starts on the dashboard, and the set-up page says the hub is ready. */
class SetupViewIT extends ViewTest {

    @Test
    void theDemoAdministratorIsNotLedToTheSetUp() {
        signIn("admin");
        UI.getCurrent().navigate("");
        assertThat(find(SetupView.class).all()).isEmpty();
    }

    @Test
    void theSetUpPageShowsTheDemoOrganisationAsReady() {
        signIn("admin");
        navigate(SetupView.class);
        assertThat(find(Span.class).withClassName("setup-overall").single().getText()).startsWith("The hub is ready to use");
        assertThat(find(Span.class).withClassName("setup-status").all()).first().extracting(Span::getText).isEqualTo("Done");
    }
}
