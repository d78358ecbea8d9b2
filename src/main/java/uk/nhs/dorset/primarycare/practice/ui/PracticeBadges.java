package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeRow;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import org.jspecify.annotations.Nullable;

/** A practice's status and flags, the same on its page, in the grid and in the export. */
final class PracticeBadges {

    private PracticeBadges() {
    }

    /** The grid's flags cell, written by the browser rather than a layout of badges per row. */
    static LitRenderer<PracticeRow> flagsRenderer() {
        return LitRenderer.<PracticeRow>of("<span class=\"badge badge-warning\" role=\"status\" ?hidden=${!item.vulnerable}>Vulnerable</span> "
                        + "<span class=\"badge badge-warning\" role=\"status\" ?hidden=${!item.resilience}>Resilience</span>")
                .withProperty("vulnerable", PracticeRow::vulnerable)
                .withProperty("resilience", PracticeRow::resilienceProgramme);
    }

    static StatusBadge status(Practice p) {
        return status(new StatusShown(p.getStatus(), p.getMergedInto() == null ? null : p.getMergedInto().getOdsCode()));
    }

    static StatusBadge status(PracticeRow p) {
        return status(StatusShown.of(p));
    }

    /** What a status badge depends on: the grid's column makes one badge for each. */
    record StatusShown(PracticeStatus status, @Nullable String mergedInto) implements Serializable {
        static StatusShown of(PracticeRow p) {
            return new StatusShown(p.status(), p.mergedIntoOdsCode());
        }
    }

    static StatusBadge status(StatusShown shown) {
        return switch (shown.status()) {
            case OPEN -> new StatusBadge("Open", StatusBadge.Tone.SUCCESS);
            case CLOSED -> new StatusBadge("Closed", StatusBadge.Tone.NEUTRAL);
            case MERGED -> new StatusBadge(shown.mergedInto() == null ? "Merged" : "Merged into " + shown.mergedInto(), StatusBadge.Tone.INFO);
        };
    }

    static Component flags(Practice p) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        flags.getStyle().set("gap", "var(--lumo-space-xs)");
        if (p.isVulnerable()) {
            flags.add(new StatusBadge("Vulnerable", StatusBadge.Tone.WARNING));
        }
        if (p.isResilienceProgramme()) {
            flags.add(new StatusBadge("Resilience", StatusBadge.Tone.WARNING));
        }
        return flags;
    }

    static String flagText(Practice p) {
        return flagText(p.isVulnerable(), p.isResilienceProgramme());
    }

    static String flagText(boolean vulnerable, boolean resilienceProgramme) {
        List<String> flags = new ArrayList<>();
        if (vulnerable) {
            flags.add("Vulnerable");
        }
        if (resilienceProgramme) {
            flags.add("Resilience programme");
        }
        return String.join(", ", flags);
    }
}
