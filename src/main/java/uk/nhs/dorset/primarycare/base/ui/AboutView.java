package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;

/** Version and the attribution the NHS reference data's licence asks for. */
@Route("about")
@PageTitle("About — Primary Care Hub")
@Menu(order = 90, title = "About", icon = "vaadin:info-circle")
@PermitAll
class AboutView extends VerticalLayout {

    static final String OGL = "Contains public sector information licensed under the Open Government Licence v3.0.";

    AboutView(ObjectProvider<BuildProperties> build) {
        BuildProperties props = build.getIfAvailable();
        String version = props == null ? "development build" : props.getVersion();
        add(new H2("Primary Care Hub"),
                new Paragraph("Version " + version),
                new Paragraph("Runs the primary care transformation programme: practices, premises improvement grants, "
                        + "ETTF capital schemes, practice mergers, workforce and the GP Forward View delivery tracker."),
                new H3("Data sources"),
                new Paragraph(OGL),
                sources(),
                new Anchor("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                        "Open Government Licence v3.0"));
    }

    private static UnorderedList sources() {
        return new UnorderedList(
                new ListItem("NHS Digital / ODS: GP practices (epraccur), August 2018 and May 2025 extracts"),
                new ListItem("NHS Digital: Patients Registered at a GP Practice, January 2021"),
                new ListItem("NHS Digital: Primary Care Networks (ePCN), December 2019"),
                new ListItem("NHS Digital: General Practice Workforce, Practice Level - Detailed"),
                new ListItem("Care Quality Commission: latest ratings of GP practices"),
                new ListItem("NHS Dorset CCG: locality practice populations at 31 December 2016 (primary care plans)"));
    }
}
