package uk.nhs.dorset.primarycare.estates;

/** Delivery confidence as the programme board reports it. */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
