package uk.nhs.dorset.primarycare.practice;

/** The grid's summary of what is filtered: how many practices and their total list size. */
public record PracticeTotals(long practices, long listSize) {
}
