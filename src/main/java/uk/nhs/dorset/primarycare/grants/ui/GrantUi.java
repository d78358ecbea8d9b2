package uk.nhs.dorset.primarycare.grants.ui;

import uk.nhs.dorset.primarycare.base.ui.Figure;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import uk.nhs.dorset.primarycare.base.ui.DateFields;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.grants.BidRow;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.DeadlineState;
import uk.nhs.dorset.primarycare.grants.GrantBid;

/** Small pieces both grant screens show the same way. */
final class GrantUi {

    private GrantUi() {
    }

    static StatusBadge badge(BidStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case DRAFT, RETURNED -> StatusBadge.Tone.NEUTRAL;
            case SUBMITTED, UNDER_REVIEW -> StatusBadge.Tone.INFO;
            case APPROVED, WORKS_IN_PROGRESS, EVIDENCE_SUBMITTED, PAID -> StatusBadge.Tone.SUCCESS;
            case REJECTED, WITHDRAWN -> StatusBadge.Tone.ERROR;
        };
        return new StatusBadge(status.label(), tone);
    }

    /** The grid's deadline cell, the same words and badge as {@link #deadline} written by the browser. */
    static LitRenderer<BidRow> deadlineRenderer(LocalDate today) {
        return LitRenderer.<BidRow>of("<span style=\"white-space: normal\">${item.days}"
                        + "<span class=\"badge badge-${item.tone}\" role=\"status\" ?hidden=${!item.state}>${item.state}</span></span>")
                .withProperty("days", b -> b.daysLeft(today).filter(days -> days >= 0).map(days -> days + " days left ").orElse(""))
                .withProperty("state", b -> switch (b.deadlineState(today)) {
                    case AT_RISK -> "At risk";
                    case SLIPPED -> "Slipped";
                    default -> "";
                })
                .withProperty("tone", b -> b.deadlineState(today) == DeadlineState.SLIPPED ? "error" : "warning");
    }

    /** Days left to the spend deadline, with an at-risk or slipped badge when it applies. */
    static Span deadline(GrantBid bid, LocalDate today) {
        Span cell = new Span();
        // Days and badge may take two lines in a narrow column rather than be cut off.
        cell.getStyle().set("white-space", "normal");
        bid.daysLeft(today).ifPresent(days -> cell.add(new Span(days >= 0 ? days + " days left " : "")));
        DeadlineState state = bid.deadlineState(today);
        if (state == DeadlineState.AT_RISK) {
            cell.add(new StatusBadge("At risk", StatusBadge.Tone.WARNING));
        } else if (state == DeadlineState.SLIPPED) {
            cell.add(new StatusBadge("Slipped", StatusBadge.Tone.ERROR));
        }
        return cell;
    }

    static Div figure(String label, String value) {
        Figure figure = new Figure(label, value);
        figure.getStyle().set("min-width", "8rem");
        return figure;
    }

    static DatePicker datePicker(String label) {
        return DateFields.picker(label);
    }

    /** The confirm question; submitting into a programme without a budget says so plainly. */
    static String question(GrantBid shown, BidStatus target) {
        String question = shown.getStatus().action(target) + ": " + shown.getTitle() + "?";
        return target == BidStatus.SUBMITTED
                ? shown.getProgramme().budgetNotice().map(notice -> question + " " + notice + ".").orElse(question)
                : question;
    }
}
