package uk.nhs.dorset.primarycare.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
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

    @Test
    void theLocalitiesStepOffersTheOrganisationsOwnClustersAndSaysWhatAnEmptyFieldNeeds() {
        signIn("admin");
        navigate(SetupView.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> cluster = find(ComboBox.class).withCaption("Cluster").single();
        assertThat(cluster.getListDataView().getItems()).containsExactly("East", "Mid", "West");
        int localities = localityCount();

        test(find(Button.class).withText("Add locality").single()).click();
        TextField name = find(TextField.class).withCaption("Locality name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the locality's name");
        assertThat(cluster.isInvalid()).isTrue();
        assertThat(cluster.getErrorMessage()).isEqualTo("Choose or type its cluster");
        assertThat(localityCount()).isEqualTo(localities);
    }

    @Test
    void oneLocalityPerNetworkSaysSoWhenEveryNetworksPracticesArePlaced() {
        signIn("admin");
        navigate(SetupView.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> cluster = find(ComboBox.class).withCaption("Cluster").single();
        test(cluster).selectItem("East");
        test(find(Button.class).withText("One locality per network").single()).click();
        Notification error = find(Notification.class).withClassName("error-notification").last();
        assertThat(test(error).getText()).startsWith("Every open practice in a network is already in a locality");
    }

    private int localityCount() {
        return find(com.vaadin.flow.component.select.Select.class).withClassName("locality-target").single()
                .getListDataView().getItems().toList().size();
    }
}
