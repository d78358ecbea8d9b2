package uk.nhs.dorset.primarycare.grants.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/** Starts a draft bid: the practice, an open programme and a title; the rest is filled in on the bid. */
class NewBidDialog extends Dialog {

    NewBidDialog(GrantService grants, GrantProgrammeService programmes, PracticeService practices, Actor actor) {
        Dialog dialog = this;
        setHeaderTitle("New grant bid");
        ComboBox<Practice> forPractice = new ComboBox<>("Practice");
        // Read a page at a time as the user types: the list of every open practice is national-sized.
        forPractice.setItems(query -> practices.openPractices(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        forPractice.setItemLabelGenerator(p -> p.getOdsCode() + " " + p.getName());
        forPractice.setRequired(true);
        forPractice.setId("new-bid-practice");
        if (actor.isPracticeScoped()) {
            practices.openPractices("", 0, 1).stream().findFirst().ifPresent(forPractice::setValue);
        }
        ComboBox<GrantProgramme> forProgramme = new ComboBox<>("Programme");
        List<GrantProgramme> open = programmes.programmesOpenForBids();
        forProgramme.setItems(open);
        forProgramme.setItemLabelGenerator(GrantProgramme::getName);
        forProgramme.setRequired(true);
        forProgramme.setId("new-bid-programme");
        // Said before the draft is made: a bid can go in, but nothing approves it without a budget.
        forProgramme.setHelperText(open.isEmpty() ? null : open.getFirst().budgetNotice().orElse(null));
        forProgramme.addValueChangeListener(e -> forProgramme.setHelperText(
                e.getValue() == null ? null : e.getValue().budgetNotice().orElse(null)));
        if (!open.isEmpty()) {
            forProgramme.setValue(open.getFirst());
        }
        TextField title = new TextField("Scheme title");
        title.setMaxLength(BidForm.TITLE_MAX);
        title.setRequired(true);
        title.setId("new-bid-title");
        Paragraph refusal = new Paragraph();
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        FormLayout form = new FormLayout(forPractice, forProgramme, title);
        dialog.add(form, refusal);
        Button create = new Button("Create draft", e -> {
            if (forPractice.getValue() == null || forProgramme.getValue() == null) {
                refusal.setText("Choose the practice and the programme");
                refusal.setVisible(true);
                return;
            }
            try {
                BidForm values = new BidForm();
                values.setTitle(title.getValue());
                GrantBid bid = grants.create(forPractice.getValue().getOdsCode(), forProgramme.getValue().getId(), values);
                dialog.close();
                UI.getCurrent().navigate(GrantsView.ROUTE + "/" + bid.getId());
            } catch (RuntimeException refused) {
                refusal.setText(UserMessages.of(refused));
                refusal.setVisible(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.setWidth("min(36rem, 95vw)");
    }
}
