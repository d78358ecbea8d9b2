package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/** Data imports: every feature's {@link ImportSection} the signed-in user may run. */
@Route("admin/imports")
@PageTitle("Data imports — Primary Care Hub")
@Menu(order = 81, title = "Data imports", icon = "vaadin:upload")
@RolesAllowed({Role.ADMIN_, Role.TEAM_, Role.MANAGER_})
class ImportsView extends VerticalLayout {

    ImportsView(List<ImportSection> sections, CurrentActor currentUser) {
        Actor actor = currentUser.actor();
        add(new H2("Data imports"),
                new Paragraph("Each import first shows a dry run: what it would add, change and reject, and why. "
                        + "Nothing changes until you apply it, and a file is applied whole or not at all."));
        List<ImportSection> mine = sections.stream()
                .filter(s -> actor.hasAny(s.roles()))
                .sorted(Comparator.comparingInt(ImportSection::order))
                .toList();
        for (ImportSection section : mine) {
            // A summary of its own, so a long title wraps on a phone instead of widening the page.
            Span title = new Span(section.title());
            title.addClassName("wrapping-summary");
            Details details = new Details(title, section.create());
            details.setOpened(mine.size() == 1 || section == mine.getFirst());
            details.setWidthFull();
            add(details);
        }
        if (mine.isEmpty()) {
            add(new Paragraph("Your role has no imports to run."));
        }
    }
}
