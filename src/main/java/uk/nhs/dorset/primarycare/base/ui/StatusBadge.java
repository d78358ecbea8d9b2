package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A status shown as text in a coloured pill: the text carries the meaning, the colour only
 * helps, so it reads the same to someone who cannot tell the colours apart.
 */
public class StatusBadge extends Span {

    /** The tone picks the colour: neutral, info, success, warning, error. */
    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR }

    private Tone tone = Tone.NEUTRAL;

    /**
     * The same pill in every row of a grid column, written by the browser from its text and tone:
     * a component per cell would cost memory per user and bytes per page. Takes the feature's own
     * badge factory, so a status looks the same in its grid and on its record.
     */
    public static <T> LitRenderer<T> renderer(SerializableFunction<T, StatusBadge> badge) {
        return LitRenderer.<T>of("<span class=\"badge badge-${item.tone}\" role=\"status\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("text", row -> badge.apply(row).getText())
                .withProperty("tone", row -> badge.apply(row).tone.name().toLowerCase())
                .withProperty("title", row -> badge.apply(row).getTitle().orElse(""));
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        addClassName("badge");
        setTone(tone);
        getElement().setAttribute("role", "status");
    }

    public final void setTone(Tone tone) {
        this.tone = tone;
        for (Tone t : Tone.values()) {
            removeClassName("badge-" + t.name().toLowerCase());
        }
        addClassName("badge-" + tone.name().toLowerCase());
    }
}
