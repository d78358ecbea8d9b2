package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.DateFields;
import uk.nhs.dorset.primarycare.mergers.ActionArea;
import uk.nhs.dorset.primarycare.mergers.ActionPlanItem;
import uk.nhs.dorset.primarycare.mergers.MergerDetails;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;

/** The merger case page's smaller parts: what each move asks, a blank case's plan, its date pickers. */
final class CaseParts {

    private CaseParts() {
    }

    static String question(MergerCase c, MergerStatus target) {
        return switch (target) {
            case COMPLETED -> "Complete the merger on " + Formats.date(c.getProposedMergerDate()) + "? "
                    + c.absorbed().stream().map(MergerParty::label).reduce((a, b) -> a + ", " + b).orElse("")
                    + " will be recorded as merged into " + c.continuing().label() + ", whose list becomes "
                    + Formats.number(c.getCombinedListSize()) + " patients.";
            case APPROVED -> "Record the commissioning committee's approval of this merger?";
            case DECLINED -> "Record that the commissioning committee declined this application?";
            case WITHDRAWN -> "Withdraw this case? It cannot be reopened.";
            default -> "Move this case to " + target.inSentence() + "? Save any changes to the form first.";
        };
    }

    static MergerDetails blankDetails() {
        MergerDetails d = new MergerDetails();
        List<ActionPlanItem> items = new ArrayList<>();
        for (ActionArea area : ActionArea.values()) {
            items.add(ActionPlanItem.notStarted(area));
        }
        d.setActions(items);
        return d;
    }

    static DatePicker date(String label) {
        DatePicker picker = DateFields.picker(label);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
