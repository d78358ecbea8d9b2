package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A status shown as text in a coloured pill: the text carries the meaning, the colour only
 * helps, so it reads the same to someone who cannot tell the colours apart.
 */
public class StatusBadge extends Span {

    /** The tone picks the colour: neutral, info, success, warning, error. */
    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR }

    public StatusBadge(String text, Tone tone) {
        super(text);
        addClassName("badge");
        setTone(tone);
        getElement().setAttribute("role", "status");
    }

    public final void setTone(Tone tone) {
        for (Tone t : Tone.values()) {
            removeClassName("badge-" + t.name().toLowerCase());
        }
        addClassName("badge-" + tone.name().toLowerCase());
    }
}
