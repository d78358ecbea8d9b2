package uk.nhs.dorset.primarycare.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the practices grid and its export: exactly the columns the grid can show (the
 * extra columns too), read in one statement with the locality's name and cluster, the PCN's
 * name and the code of the practice it merged into, so that no entity is loaded for a page.
 */
public record PracticeRow(long id, String odsCode, String name, @Nullable String localityName, @Nullable Cluster cluster,
                          @Nullable String pcnName, @Nullable Integer listSize, @Nullable CqcRating cqcRating,
                          @Nullable LocalDate cqcRatingDate, PracticeStatus status, @Nullable String mergedIntoOdsCode,
                          boolean vulnerable, boolean resilienceProgramme, @Nullable ContractType contractType,
                          @Nullable String postcode) {
}
