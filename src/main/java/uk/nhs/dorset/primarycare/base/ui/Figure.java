package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: a small label over a large value ("Committed" / "£660,000"). */
public class Figure extends Div {

    public Figure(String label, String value) {
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value.isEmpty() ? "—" : value);
        v.addClassName("figure-value");
        add(l, v);
        addClassName("figure");
    }
}
