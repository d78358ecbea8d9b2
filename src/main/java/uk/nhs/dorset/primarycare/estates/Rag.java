package uk.nhs.dorset.primarycare.estates;

import uk.nhs.dorset.primarycare.base.Labelled;

/** Delivery confidence as the programme board reports it. */
public enum Rag implements Labelled {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
