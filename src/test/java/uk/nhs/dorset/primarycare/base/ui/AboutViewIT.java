package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.ViewTest;

class AboutViewIT extends ViewTest {

    @Test
    void aboutPageCarriesTheOpenGovernmentLicenceAttribution() {
        signIn("team");
        navigate(AboutView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains(AboutView.OGL);
    }
}
