package uk.nhs.dorset.primarycare.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import uk.nhs.dorset.primarycare.base.ui.Figure;
import java.util.TreeMap;

/** One dashboard tile: a heading, headline figures, perhaps a chart, and links into the grid behind it. */
class Tile extends Div {

    private final Div figures = new Div();
    private final Div links = new Div();

    Tile(String title) {
        addClassName("tile");
        figures.addClassName("figure-row");
        links.addClassName("tile-links");
        add(new H3(title), figures);
    }

    Tile figure(String label, String value) {
        figures.add(new Figure(label, value));
        return this;
    }

    /** A figure that is itself the link to the records it counts. */
    Tile linkedFigure(String label, String value, String route, Map<String, String> query) {
        Anchor anchor = new Anchor(href(route, query));
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        anchor.add(l, v);
        anchor.addClassName("figure");
        figures.add(anchor);
        return this;
    }

    Tile body(Component component) {
        addComponentAtIndex(getComponentCount() - (links.getParent().isPresent() ? 1 : 0), component);
        return this;
    }

    Tile link(String text, String route, Map<String, String> query) {
        if (links.getParent().isEmpty()) {
            add(links);
        }
        links.add(new Anchor(href(route, query), text));
        return this;
    }

    /** Parameters in alphabetical order, so the same filter always gives the same link. */
    static String href(String route, Map<String, String> query) {
        String q = QueryParameters.simple(new TreeMap<>(query)).getQueryString();
        return q.isEmpty() ? route : route + "?" + q;
    }
}
