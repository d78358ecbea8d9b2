package uk.nhs.dorset.primarycare.practice;

import org.jspecify.annotations.Nullable;

/**
 * An open practice with its locality and cluster, as the workforce gaps read it: a row, not an
 * entity. {@code localityListSize} is all its locality's open practices' list sizes added up.
 */
public record PracticeInLocality(String odsCode, String name, String locality, Cluster cluster, @Nullable Integer listSize,
                                 long localityListSize) {
}
