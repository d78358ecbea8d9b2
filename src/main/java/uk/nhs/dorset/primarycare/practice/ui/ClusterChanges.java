package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.SetupService;

/** Changing the clusters once localities exist: a locality to another cluster, a cluster renamed. */
class ClusterChanges extends Details {

    private final SetupService setup;
    private final Runnable changed;
    private final Select<Locality> locality = new Select<>();
    private final ComboBox<String> toCluster = clusterPicker("To cluster");
    private final Select<String> renamed = new Select<>();
    private final TextField newName = new TextField("New name");

    ClusterChanges(SetupService setup, Runnable changed) {
        super("Change clusters");
        this.setup = setup;
        this.changed = changed;
        locality.setLabel("Locality");
        locality.setItemLabelGenerator(l -> l.getName() + " (" + l.getCluster().label() + ")");
        Button move = new Button("Move to cluster", e -> move());
        HorizontalLayout moveRow = new HorizontalLayout(locality, toCluster, move);
        renamed.setLabel("Cluster");
        newName.setMaxLength(Cluster.MAX_LENGTH);
        Button rename = new Button("Rename cluster", e -> rename());
        HorizontalLayout renameRow = new HorizontalLayout(renamed, newName, rename);
        for (HorizontalLayout row : List.of(moveRow, renameRow)) {
            row.setWrap(true);
            row.setAlignItems(Alignment.BASELINE);
        }
        VerticalLayout content = new VerticalLayout(moveRow, renameRow);
        content.setPadding(false);
        add(content);
    }

    /** A cluster field that offers the organisation's clusters and takes a new name typed in. */
    static ComboBox<String> clusterPicker(String label) {
        ComboBox<String> picker = new ComboBox<>(label);
        picker.setAllowCustomValue(true);
        picker.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(picker.getListDataView().getItems().toList());
            String typed = e.getDetail().strip();
            if (!typed.isEmpty() && !items.contains(typed)) {
                items.add(typed);
                picker.setItems(items);
            }
            picker.setValue(typed.isEmpty() ? null : typed);
        });
        return picker;
    }

    static List<String> names(List<Cluster> clusters) {
        return clusters.stream().map(Cluster::name).toList();
    }

    /** Offers these clusters, keeping a name typed but not yet used. */
    static void offer(ComboBox<String> picker, List<String> clusters) {
        String chosen = picker.getValue();
        List<String> items = new ArrayList<>(clusters);
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        picker.setItems(items);
        picker.setValue(chosen);
    }

    /** Marks an empty field with what it needs; true when it has a value. */
    static <F extends HasValue<?, ?> & HasValidation> boolean required(F field, String message) {
        boolean empty = field.isEmpty() || String.valueOf(field.getValue()).isBlank();
        field.setInvalid(empty);
        field.setErrorMessage(empty ? message : null);
        return !empty;
    }

    void refresh(List<Locality> localities, List<String> clusters) {
        Locality chosen = locality.getValue();
        locality.setItems(localities);
        locality.setValue(chosen == null ? null : localities.stream().filter(chosen::equals).findFirst().orElse(null));
        offer(toCluster, clusters);
        String chosenCluster = renamed.getValue();
        renamed.setItems(clusters);
        renamed.setValue(clusters.contains(chosenCluster) ? chosenCluster : null);
        setVisible(!localities.isEmpty());
    }

    private void move() {
        if (!required(locality, "Choose the locality") | !required(toCluster, "Choose or type the cluster")) {
            return;
        }
        try {
            Locality moved = setup.moveToCluster(locality.getValue().getName(), toCluster.getValue());
            Notifications.success(moved.getName() + " is now in the " + moved.getCluster().label() + " cluster");
            locality.clear();
            changed.run();
        } catch (RuntimeException ex) {
            Notifications.error(UserMessages.of(ex));
        }
    }

    private void rename() {
        if (!required(renamed, "Choose the cluster") | !required(newName, "Enter the cluster's new name")) {
            return;
        }
        try {
            Cluster to = setup.renameCluster(renamed.getValue(), newName.getValue());
            Notifications.success("The " + renamed.getValue() + " cluster is now called " + to.label());
            newName.clear();
            renamed.clear();
            changed.run();
        } catch (RuntimeException ex) {
            Notifications.error(UserMessages.of(ex));
        }
    }
}
