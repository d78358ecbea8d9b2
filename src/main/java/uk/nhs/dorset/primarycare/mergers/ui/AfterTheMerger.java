package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;

/** A completed case: where each absorbed practice stands now, and its open work elsewhere for someone to reassign. */
class AfterTheMerger extends VerticalLayout {

    AfterTheMerger(MergerCase c, MergerService mergers, PracticeService practices) {
        setPadding(false);
        add(new H3("After the merger"));
        for (MergerParty absorbed : c.absorbed()) {
            Optional<Practice> practice = practices.find(absorbed.getOdsCode());
            String state = practice.map(p -> p.getStatus() == PracticeStatus.MERGED && p.getMergedInto() != null
                    ? "Merged into " + p.getMergedInto().label() + " on " + Formats.date(p.getCloseDate())
                    : p.getStatus().label()).orElse("Not found");
            Span status = new Span(" — " + state);
            status.addClassName("absorbed-state");
            add(new Div(new Anchor("practices/" + absorbed.getOdsCode(), absorbed.label()), status));
        }
        add(new Paragraph("Open work of the absorbed practices to reassign (nothing has been moved or deleted):"));
        UnorderedList list = new UnorderedList();
        mergers.openWorkOfAbsorbedPractices(c.getId()).forEach((name, items) -> {
            if (items.isEmpty()) {
                list.add(new ListItem(name + ": nothing open reported"));
            } else {
                items.forEach(item -> list.add(new ListItem(name + ": " + item)));
            }
        });
        add(list);
    }
}
