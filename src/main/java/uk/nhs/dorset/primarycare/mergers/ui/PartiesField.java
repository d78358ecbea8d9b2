package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.Practice;

/**
 * The practices of a case as one form field: which practices, their contracts and list sizes,
 * and which contract continues. It shows the combined list and warns, as the user edits, when
 * the contracts cannot merge as set up. Read-only once the application has gone in.
 */
class PartiesField extends CustomField<List<MergerParty>> {

    private final Supplier<List<Practice>> openPractices;
    private @Nullable List<Practice> choices;
    private final List<PartyRow> rows = new ArrayList<>();
    private final Grid<PartyRow> grid = new Grid<>();
    private final HorizontalLayout adder = new HorizontalLayout();
    private final Span combined = new Span();
    private final Paragraph contractWarning = new Paragraph();

    /** @param openPractices the practices that may be added, asked for only once the field is editable */
    PartiesField(Supplier<List<Practice>> openPractices, boolean editable) {
        super(List.of());
        this.openPractices = openPractices;
        super.setReadOnly(!editable);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.setWrap(true);
        adder.setWidthFull();
        combined.addClassName("combined-list");
        contractWarning.addClassName("refusal");
        VerticalLayout body = new VerticalLayout(grid, adder, combined, contractWarning);
        body.setPadding(false);
        add(body);
        setWidthFull();
        draw();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        draw();
    }

    @Override
    protected List<MergerParty> generateModelValue() {
        return rows.stream().map(r -> new MergerParty(r.odsCode, r.name, r.contract, r.listSize, r.continuing)).toList();
    }

    @Override
    protected void setPresentationValue(@Nullable List<MergerParty> parties) {
        rows.clear();
        if (parties != null) {
            parties.forEach(p -> rows.add(new PartyRow(p.getOdsCode(), p.getPracticeName(), p.getContractType(), p.getListSize(), p.isContinuing())));
        }
        refresh();
    }

    private void draw() {
        boolean editable = !isReadOnly();
        grid.removeAllColumns();
        grid.addColumn(PartyRow::label).setHeader("Practice").setFlexGrow(2);
        grid.addComponentColumn(row -> editable ? contract(row) : new Span(row.contract == null ? "Not known" : row.contract.name()))
                .setHeader("Contract").setAutoWidth(true);
        grid.addComponentColumn(row -> editable ? listSize(row) : new Span(Formats.number(row.listSize)))
                .setHeader("List size").setAutoWidth(true);
        grid.addComponentColumn(row -> continuing(row, editable)).setHeader("Contract continues").setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(this::remove).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        adder.removeAll();
        adder.setVisible(editable);
        if (editable) {
            drawAdder();
        }
        refresh();
    }

    private Select<ContractType> contract(PartyRow row) {
        Select<ContractType> select = new Select<>();
        select.setItems(ContractType.values());
        select.setItemLabelGenerator(ContractType::name);
        select.setPlaceholder("Choose");
        select.setValue(row.contract);
        select.setAriaLabel("Contract type of " + row.label());
        select.addValueChangeListener(e -> {
            row.contract = e.getValue();
            changed();
        });
        select.setWidth("8rem");
        return select;
    }

    private IntegerField listSize(PartyRow row) {
        IntegerField size = new IntegerField();
        size.setValue(row.listSize);
        size.setAriaLabel("List size of " + row.label());
        size.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter the list size as a whole number"));
        size.addValueChangeListener(e -> {
            // The row's declared rule decides: an impossible size is shown at its cell and never reaches the case.
            List<String> problems = Forms.problems(new MergerParty(row.odsCode, row.name, row.contract, e.getValue(), row.continuing));
            size.setErrorMessage(problems.isEmpty() ? null : problems.getFirst());
            size.setInvalid(!problems.isEmpty());
            if (problems.isEmpty()) {
                row.listSize = e.getValue();
                changed();
            }
        });
        size.setWidth("8rem");
        return size;
    }

    private Checkbox continuing(PartyRow row, boolean editable) {
        Checkbox continuing = new Checkbox("Continuing", row.continuing);
        continuing.setReadOnly(!editable);
        continuing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rows.forEach(r -> r.continuing = false);
                row.continuing = e.getValue();
                changed();
                refresh();
            }
        });
        return continuing;
    }

    private Button remove(PartyRow row) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            changed();
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove " + row.label());
        return remove;
    }

    private void drawAdder() {
        ComboBox<Practice> picker = new ComboBox<>("Add a practice");
        if (choices == null) {
            choices = openPractices.get();
        }
        picker.setItems(choices);
        picker.setItemLabelGenerator(p -> p.label() + (p.getLocality() == null ? "" : " (" + p.getLocality().getName() + ")"));
        picker.setWidth("min(28rem, 100%)");
        Button add = new Button("Add practice", VaadinIcon.PLUS.create(), e -> {
            Practice p = picker.getValue();
            if (p == null) {
                picker.setInvalid(true);
                picker.setErrorMessage("Choose a practice to add");
                return;
            }
            if (rows.stream().anyMatch(r -> r.odsCode.equals(p.getOdsCode()))) {
                picker.setInvalid(true);
                picker.setErrorMessage(p.label() + " is already in this case");
                return;
            }
            rows.add(new PartyRow(p.getOdsCode(), p.getName(), p.getContractType(), p.getListSize(), rows.isEmpty()));
            picker.clear();
            picker.setInvalid(false);
            changed();
            refresh();
        });
        adder.add(picker, add);
    }

    /** Tells the binder, and the summary, that the practices changed. */
    private void changed() {
        updateValue();
        summarise();
    }

    private void refresh() {
        grid.setItems(rows);
        summarise();
    }

    private void summarise() {
        int total = rows.stream().mapToInt(r -> r.listSize == null ? 0 : r.listSize).sum();
        boolean unknown = rows.stream().anyMatch(r -> r.listSize == null);
        combined.setText("Combined list: " + Formats.number(total) + " patients" + (unknown ? " (some list sizes not known)" : ""));
        List<MergerParty> asParties = rows.stream().map(r -> new MergerParty(r.odsCode, r.name, r.contract, null, r.continuing)).toList();
        Optional<String> problem = MergerCase.contractProblem(asParties);
        contractWarning.setText(problem.orElse(""));
        contractWarning.setVisible(problem.isPresent());
    }

    /** A practice row being edited; becomes a {@link MergerParty} in the field's value. */
    private static final class PartyRow {
        final String odsCode;
        final String name;
        @Nullable ContractType contract;
        @Nullable Integer listSize;
        boolean continuing;

        PartyRow(String odsCode, String name, @Nullable ContractType contract, @Nullable Integer listSize, boolean continuing) {
            this.odsCode = odsCode;
            this.name = name;
            this.contract = contract;
            this.listSize = listSize;
            this.continuing = continuing;
        }

        String label() {
            return odsCode + " " + name;
        }
    }
}
