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
import org.springframework.beans.factory.annotation.Value;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;

/** Version and the attribution the NHS reference data's licence asks for. */
@Route("about")
@PageTitle("About — Primary Care Hub")
@Menu(order = 90, title = "About", icon = "vaadin:info-circle")
@PermitAll
class AboutView extends VerticalLayout {

    static final String OGL = "Contains public sector information licensed under the Open Government Licence v3.0.";

    AboutView(ObjectProvider<BuildProperties> build, OrganisationSettings organisation,
              @Value("${hub.demo-data:false}") boolean demo) {
        BuildProperties props = build.getIfAvailable();
        String version = props == null ? "development build" : props.getVersion();
        String name = organisation.name();
        add(new H2("Primary Care Hub"),
                new Paragraph("Version " + version),
                new Paragraph((name.isEmpty() ? "Runs" : "Runs " + name + "'s") + " primary care transformation programme: "
                        + "practices, premises improvement grants, ETTF capital schemes, practice mergers, workforce and "
                        + "the GP Forward View delivery tracker."),
                new H3("Data sources"),
                new Paragraph(OGL),
                sources(demo),
                new Anchor("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                        "Open Government Licence v3.0"));
    }

    private static UnorderedList sources(boolean demo) {
        UnorderedList list = new UnorderedList(
                new ListItem("NHS Digital / ODS: GP practices (epraccur), August 2018 and May 2025 extracts"),
                new ListItem("NHS Digital: Patients Registered at a GP Practice, January 2021"),
                new ListItem("NHS Digital: Primary Care Networks (ePCN), December 2019"),
                new ListItem("NHS Digital: General Practice Workforce, Practice Level - Detailed"),
                new ListItem("Care Quality Commission: latest ratings of GP practices"));
        if (demo) {
            // The embedded demo's localities and their populations come from one CCG's published plans.
            list.add(new ListItem("NHS Dorset CCG: locality practice populations at 31 December 2016 (primary care plans)"));
        }
        return list;
    }
}
