package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The workforce page's sections as a row of links, the one shown marked current. Links, not
 * tabs: each section is an address of its own (with the filters), so it can be bookmarked,
 * opened in a new browser tab, shared, and reached again with the browser's Back.
 */
final class SectionLinks extends Nav {

    private final Map<WorkforceSection, RouterLink> links = new EnumMap<>(WorkforceSection.class);

    SectionLinks() {
        addClassName("section-links");
        getElement().setAttribute("aria-label", "Workforce sections");
        for (WorkforceSection section : WorkforceSection.values()) {
            RouterLink link = new RouterLink(section.label(), WorkforceView.class);
            link.setId("section-" + section.key());
            links.put(section, link);
            add(link);
        }
    }

    /** Points each link at its section with the filters of the moment, and marks the one shown. */
    void show(WorkforceSection shown, Function<WorkforceSection, QueryParameters> address) {
        links.forEach((section, link) -> {
            link.setQueryParameters(address.apply(section));
            if (section == shown) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
