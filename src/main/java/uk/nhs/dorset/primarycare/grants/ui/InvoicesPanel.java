package uk.nhs.dorset.primarycare.grants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantInvoice;
import uk.nhs.dorset.primarycare.grants.GrantService;

/** A bid's invoices, its spend evidence: added and removed while the works are open. */
class InvoicesPanel extends VerticalLayout {

    InvoicesPanel(GrantService grants, GrantBid shown, Consumer<Supplier<GrantBid>> run) {
        setPadding(false);
        Grid<GrantInvoice> grid = new Grid<>();
        grid.addColumn(GrantInvoice::getNumber).setHeader("Invoice");
        grid.addColumn(i -> Formats.date(i.getInvoiceDate())).setHeader("Date");
        grid.addColumn(i -> Formats.money(i.getAmount())).setHeader("Amount");
        grid.addColumn(i -> Formats.date(i.getPaidDate())).setHeader("Paid");
        boolean open = shown.getStatus() == BidStatus.APPROVED || shown.getStatus() == BidStatus.WORKS_IN_PROGRESS;
        if (open) {
            grid.addComponentColumn(i -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> run.accept(() -> grants.removeInvoice(shown.getId(), i.getId())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel("Remove invoice " + i.getNumber());
                return remove;
            }).setHeader("").setFlexGrow(0);
        }
        grid.setItems(shown.getInvoices());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid);
        if (shown.getInvoices().isEmpty()) {
            add(new Paragraph("No invoices yet."));
        }
        if (open) {
            TextField number = new TextField("Invoice number");
            number.setMaxLength(GrantInvoice.NUMBER_MAX);
            DatePicker date = GrantUi.datePicker("Invoice date");
            BigDecimalField amount = DecimalField.money("Amount (£)");
            DatePicker paid = GrantUi.datePicker("Paid on");
            Button add = new Button("Add invoice", e -> run.accept(() ->
                    grants.addInvoice(shown.getId(), number.getValue(), date.getValue(), amount.getValue(), paid.getValue())));
            Div row = new Div(number, date, amount, paid, add);
            row.addClassName("toolbar");
            add(row);
        }
    }
}
