package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.GapQuery;
import uk.nhs.dorset.primarycare.workforce.LocalityGaps;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * The workforce page's gap and validation sections, each built for the filters of the moment:
 * the locality table with its chart, the cluster roll-up and the validation progress from one
 * statement the database sums, the practice lines a page at a time.
 */
final class GapSections {

    private final WorkforceService workforce;
    private final Actor actor;
    private final List<String> localityNames;
    /** Run after a modelled target is saved: the model versions to pick from may have grown. */
    private final Runnable targetsChanged;

    GapSections(WorkforceService workforce, Actor actor, List<String> localityNames, Runnable targetsChanged) {
        this.workforce = workforce;
        this.actor = actor;
        this.localityNames = localityNames;
        this.targetsChanged = targetsChanged;
    }

    Component build(WorkforceSection section, GapQuery query) {
        VerticalLayout area = new VerticalLayout();
        area.setPadding(false);
        // Full width so the tables scroll inside themselves on a phone instead of widening the page.
        area.setWidthFull();
        switch (section) {
            case LOCALITIES -> localities(area, query);
            case CLUSTERS -> clusters(area, query);
            case VALIDATION -> area.add(new ValidationProgress(workforce.validation(query.snapshot()).stream()
                    .filter(v -> inArea(query, v.locality(), v.cluster())).toList()));
            case PRACTICES -> area.add(new PracticeGaps(workforce, query));
            case PROFILES -> throw new IllegalArgumentException("The profiles are the view's own grid");
        }
        return area;
    }

    private void localities(VerticalLayout area, GapQuery query) {
        String version = query.modelVersion();
        LocalityGaps result = workforce.localityGaps(query.snapshot(), version);
        List<GapLine> lines = result.localities().stream()
                .filter(l -> inArea(query, l.scope(), l.cluster()) && ofGroup(query, l.group())).toList();
        area.add(new H3("Gap by locality" + (version == null ? "" : " (ICPCS model " + version + ")")),
                new Paragraph("Gap = target minus baseline FTE, over the practices that supplied figures; "
                        + "\"Supplied\" counts them, so a missing return never reads as a vacancy."));
        Grid<GapLine> grid = GapGrids.grid(GapGrids.LOCALITY, lines);
        grid.setId("locality-gaps");
        area.add(grid, ExportLink.create("workforce-locality-gaps", out -> XlsxExport.write(out, "Locality gaps",
                GapGrids.columns(GapGrids.LOCALITY), lines.stream())));
        StaffGroup chartGroup = query.group() == null ? StaffGroup.GP : query.group();
        area.add(GapChart.of(result.localities().stream().filter(l -> inArea(query, l.scope(), l.cluster())).toList(), chartGroup));
        if (actor.has(Role.TEAM) || actor.has(Role.MANAGER)) {
            area.add(new Button("Set a modelled target", e -> new TargetDialog(workforce, localityNames, version, targetsChanged).open()));
        }
    }

    private void clusters(VerticalLayout area, GapQuery query) {
        List<GapLine> lines = workforce.localityGaps(query.snapshot(), query.modelVersion()).clusters().stream()
                .filter(l -> (query.cluster() == null || query.cluster().sameAs(l.cluster())) && ofGroup(query, l.group())).toList();
        Grid<GapLine> grid = GapGrids.grid(GapGrids.CLUSTER, lines);
        grid.setId("cluster-gaps");
        area.add(new H3("Gap by cluster"), grid, ExportLink.create("workforce-cluster-gaps", out -> XlsxExport.write(out, "Cluster gaps",
                GapGrids.columns(GapGrids.CLUSTER), lines.stream())));
    }

    private static boolean inArea(GapQuery query, String locality, Cluster cluster) {
        return (query.locality() == null || query.locality().equals(locality))
                && (query.cluster() == null || query.cluster().sameAs(cluster));
    }

    private static boolean ofGroup(GapQuery query, StaffGroup group) {
        return query.group() == null || query.group() == group;
    }
}
