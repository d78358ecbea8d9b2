package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;

/**
 * The dates that matter to a case in order: each status it entered, the engagement milestones,
 * PCSE's notification (or the last day for it while it is missing) and the merger date.
 */
class MergerTimeline extends Div {

    private record Moment(LocalDate date, String text, boolean status) {
    }

    MergerTimeline(MergerCase c, LocalDate today) {
        addClassName("merger-timeline");
        getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-m)");
        for (Moment m : moments(c)) {
            Div entry = new Div();
            entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            Span date = new Span(Formats.date(m.date()));
            date.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
            Span text = new Span(m.text() + (m.date().isAfter(today) ? " (planned)" : ""));
            if (!m.status()) {
                text.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            entry.add(date, text);
            add(entry);
        }
    }

    private static List<Moment> moments(MergerCase c) {
        List<Moment> moments = new ArrayList<>();
        for (StatusChange h : c.getHistory()) {
            moments.add(new Moment(h.getChangedAt().atZone(Formats.ZONE).toLocalDate(),
                    MergerStatus.valueOf(h.getToStatus()).label() + " (" + h.getChangedBy() + ")", true));
        }
        add(moments, c.getMergerPackIssuedOn(), "Merger pack issued");
        add(moments, c.getLettersSentOn(), "Letters sent to patients");
        add(moments, c.getRiskStratifiedOn(), "Patients risk stratified");
        add(moments, c.getPcseNotifiedOn(), "Primary Care Support England notified");
        if (c.getPcseNotifiedOn() == null && c.getStatus().isOpen()) {
            c.pcseDeadline().ifPresent(d -> moments.add(new Moment(d, "Last day to notify Primary Care Support England", false)));
        }
        if (c.getMergerDate() != null) {
            add(moments, c.getMergerDate(), "Merger date: lists merged");
        } else {
            add(moments, c.getProposedMergerDate(), "Proposed merger date");
        }
        moments.sort(Comparator.comparing(Moment::date));
        return moments;
    }

    private static void add(List<Moment> moments, @Nullable LocalDate date, String text) {
        if (date != null) {
            moments.add(new Moment(date, text, false));
        }
    }
}
