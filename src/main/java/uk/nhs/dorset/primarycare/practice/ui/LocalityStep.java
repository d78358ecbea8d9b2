package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.SetupService;
import uk.nhs.dorset.primarycare.practice.SetupService.NetworkStart;
import uk.nhs.dorset.primarycare.practice.SetupStatus;

/**
 * The set-up's localities step: create localities in clusters the organisation names itself (or
 * one locality per network as a start), then put the practices in no locality into one, many at once.
 */
class LocalityStep extends VerticalLayout {

    private final SetupService setup;
    private final Runnable changed;
    private final Span status = new Span();
    private final TextField name = new TextField("Locality name");
    private final ComboBox<String> cluster = ClusterChanges.clusterPicker("Cluster");
    private final Select<Locality> target = new Select<>();
    private final Grid<Practice> unplaced = new Grid<>();
    private final Span unplacedCount = new Span();
    private final ClusterChanges clusterChanges;

    LocalityStep(SetupService setup, Runnable changed) {
        this.setup = setup;
        this.changed = changed;
        this.clusterChanges = new ClusterChanges(setup, changed);
        setPadding(false);
        status.addClassName("setup-status");

        name.setMaxLength(100);
        Button add = new Button("Add locality", e -> addLocality());
        Button perNetwork = new Button("One locality per network", e -> oneLocalityPerNetwork());
        HorizontalLayout create = new HorizontalLayout(name, cluster, add, perNetwork);
        create.setWrap(true);
        create.setAlignItems(Alignment.BASELINE);

        unplaced.setSelectionMode(Grid.SelectionMode.MULTI);
        unplaced.addColumn(Practice::getOdsCode).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        unplaced.addColumn(Practice::getName).setHeader("Practice").setFlexGrow(1);
        unplaced.addColumn(p -> Formats.number(p.getListSize())).setHeader("List size").setAutoWidth(true).setFlexGrow(0);
        unplaced.addThemeVariants(GridVariant.LUMO_COMPACT);
        unplaced.setHeight("18rem");
        unplaced.setWidthFull();
        target.setLabel("Put the chosen practices in");
        target.addClassName("locality-target");
        target.setItemLabelGenerator(Locality::getName);
        Button selectAll = new Button("Choose all", e -> unplaced.asMultiSelect().select(
                unplaced.getListDataView().getItems().toList()));
        Button assign = new Button("Assign to locality", e -> assign());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout assignRow = new HorizontalLayout(target, selectAll, assign);
        assignRow.setWrap(true);
        assignRow.setAlignItems(Alignment.BASELINE);
        unplacedCount.addClassName("grid-summary");

        add(new Paragraph("Each locality belongs to one of your improved-access clusters: choose one, or type a new "
                        + "cluster's name. \"One locality per network\" makes a locality of each Primary Care Network, "
                        + "in that cluster, with its member practices. A new locality's population is the list sizes "
                        + "of its practices."),
                create, unplacedCount, unplaced, assignRow, clusterChanges);
    }

    private void addLocality() {
        if (!ClusterChanges.required(name, "Enter the locality's name") | !ClusterChanges.required(cluster, "Choose or type its cluster")) {
            return;
        }
        try {
            Locality created = setup.createLocality(name.getValue(), cluster.getValue());
            Notifications.success("Added the locality " + created.getName() + " in the " + created.getCluster().label() + " cluster");
            name.clear();
            changed.run();
            target.setValue(target.getListDataView().getItems().filter(created::equals).findFirst().orElse(null));
        } catch (RuntimeException ex) {
            Notifications.error(UserMessages.of(ex));
        }
    }

    private void oneLocalityPerNetwork() {
        if (!ClusterChanges.required(cluster, "Choose or type the cluster the networks' localities go in")) {
            return;
        }
        try {
            NetworkStart start = setup.oneLocalityPerNetwork(cluster.getValue());
            Notifications.success(Formats.count(start.localities(), "locality", "localities") + " added; "
                    + Formats.count(start.practices(), "practice") + " put in their network's locality");
            changed.run();
        } catch (RuntimeException ex) {
            Notifications.error(UserMessages.of(ex));
        }
    }

    private void assign() {
        Locality locality = target.getValue();
        if (locality == null) {
            Notifications.error("Choose the locality to put the practices in");
            return;
        }
        try {
            int moved = setup.assign(unplaced.getSelectedItems().stream().map(Practice::getOdsCode).toList(), locality.getName());
            Notifications.success(Formats.count(moved, "practice") + " put in " + locality.getName());
            changed.run();
        } catch (RuntimeException ex) {
            Notifications.error(UserMessages.of(ex));
        }
    }

    Span status() {
        return status;
    }

    void refresh(SetupStatus s) {
        SetupView.mark(status, s.localitiesDone(), s.localities() == 0 ? "To do: add your localities"
                : Formats.count(s.localities(), "locality", "localities") + "; " + Formats.number(s.withoutLocality())
                + " open practices in no locality");
        Locality chosen = target.getValue();
        List<Locality> all = setup.localities();
        target.setItems(all);
        target.setValue(chosen == null ? null : all.stream().filter(chosen::equals).findFirst().orElse(null));
        List<Practice> rest = setup.withoutLocality();
        unplaced.setItems(rest);
        unplacedCount.setText(Formats.count(rest.size(), "open practice") + " in no locality");
        List<String> clusters = ClusterChanges.names(setup.clusters());
        ClusterChanges.offer(cluster, clusters);
        clusterChanges.refresh(all, clusters);
    }
}
