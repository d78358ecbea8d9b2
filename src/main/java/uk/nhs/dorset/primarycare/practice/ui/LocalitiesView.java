package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.practice.LocalitySummary;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The 13 localities by cluster: open practices and their list size rolled up from the
 * practice records, beside the 2016 population the CCG's plans used, and each one's PCNs.
 */
@Route("practices/localities")
@PageTitle("Localities — Primary Care Hub")
@PermitAll
class LocalitiesView extends VerticalLayout {

    LocalitiesView(PracticeService service) {
        addClassName("localities-view");
        List<LocalitySummary> rows = service.localitySummaries();
        Grid<LocalitySummary> grid = new Grid<>();
        grid.addComponentColumn(l -> {
            RouterLink link = new RouterLink(l.name(), PracticesView.class);
            link.setQueryParameters(QueryParameters.simple(Map.of("locality", l.name())));
            return link;
        }).setHeader("Locality").setAutoWidth(true).setComparator(LocalitySummary::name).setKey("name").setFlexGrow(0);
        grid.addColumn(l -> l.cluster().label()).setHeader("Cluster").setAutoWidth(true).setComparator(LocalitySummary::cluster).setFlexGrow(0);
        grid.addColumn(LocalitySummary::openPractices).setHeader("Open practices").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setSortable(true).setKey("practices").setFlexGrow(0);
        grid.addColumn(l -> Formats.number(l.listSize())).setHeader("List size").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(LocalitySummary::listSize).setKey("listSize").setFlexGrow(0);
        grid.addColumn(l -> Formats.number(l.population2016())).setHeader("Population 2016").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(LocalitySummary::population2016).setFlexGrow(0);
        grid.addColumn(l -> String.join(", ", l.pcns())).setHeader("PCNs").setFlexGrow(1).setWidth("16rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);

        long practices = rows.stream().mapToLong(LocalitySummary::openPractices).sum();
        long listSize = rows.stream().mapToLong(LocalitySummary::listSize).sum();
        long population = rows.stream().mapToLong(LocalitySummary::population2016).sum();
        Span summary = new Span(Formats.count(rows.size(), "locality") + ", " + Formats.count(practices, "open practice") + ", total list size "
                + Formats.number(listSize) + " (population 2016: " + Formats.number(population) + ")");
        summary.addClassName("grid-summary");
        add(new RouterLink("← Practices", PracticesView.class), new H2("Localities"),
                new Paragraph("Open practices and list sizes are rolled up from the practice records; practices with no "
                        + "locality are not counted."), grid, summary);
    }
}
