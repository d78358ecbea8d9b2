package uk.nhs.dorset.primarycare.practice;

/** Whether the practice still holds its own contract. A merged practice is a branch of another. */
public enum PracticeStatus {
    OPEN("Open"), CLOSED("Closed"), MERGED("Merged");

    private final String label;

    PracticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
