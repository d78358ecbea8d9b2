package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
     * a component per cell would cost memory per user and bytes per page. Takes what the badge
     * depends on ({@code shows}, e.g. the status) and the feature's own badge factory, so a status
     * looks the same in its grid and on its record; each distinct badge is made once, not per row.
     */
    public static <T, V> LitRenderer<T> renderer(SerializableFunction<T, V> shows, SerializableFunction<V, StatusBadge> badge) {
        Map<V, Look> looks = new ConcurrentHashMap<>();
        SerializableFunction<T, Look> look = row -> {
            if (looks.size() > DISTINCT_LOOKS) {
                looks.clear();
            }
            return looks.computeIfAbsent(shows.apply(row), value -> Look.of(badge.apply(value)));
        };
        return LitRenderer.<T>of("<span class=\"badge badge-${item.tone}\" role=\"status\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("text", row -> look.apply(row).text())
                .withProperty("tone", row -> look.apply(row).tone())
                .withProperty("title", row -> look.apply(row).title());
    }

    /** Badges kept per column: every status of a workflow, or a page's worth of "merged into" practices. */
    private static final int DISTINCT_LOOKS = 100;

    /** What the browser needs to draw a badge. */
    private record Look(String text, String tone, String title) implements java.io.Serializable {
        static Look of(StatusBadge badge) {
            return new Look(badge.getText(), badge.tone.name().toLowerCase(), badge.getTitle().orElse(""));
        }
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
