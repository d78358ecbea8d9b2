package uk.nhs.dorset.primarycare.workforce;

import java.util.List;

/**
 * What an import did, or in a dry run would do.
 *
 * @param rows               practice rows read
 * @param matched            rows for practices in the hub (created + replaced + locked)
 * @param created            new profiles
 * @param replaced           draft profiles of the same snapshot whose figures are replaced
 * @param locked             profiles already circulated or validated, left as they are
 * @param unknownPractices   rows for practices the hub does not hold (first few codes in
 *                           {@code unknownPracticeCodes})
 * @param otherCommissioner  rows of other commissioners than the chosen one
 * @param otherMonth         rows of other months than the snapshot's
 * @param rejected           rows refused; {@code rejections} lists the first ones with reasons
 * @param totalsDifferPractices practices whose roles do not add up to the file's own group
 *                           totals; {@code totalsDiffer} lists the first differences
 */
public record ImportReport(boolean applied, int rows, int matched, int created, int replaced, int locked,
                           int unknownPractices, List<String> unknownPracticeCodes, int otherCommissioner,
                           int otherMonth, int rejected, List<String> rejections, int totalsDifferPractices,
                           List<String> totalsDiffer, List<String> unknownColumns,
                           List<String> missingColumns, double seconds) {

    /** Applying needs a clean file with something to import. */
    public boolean canApply() {
        return rejected == 0 && totalsDifferPractices == 0 && created + replaced > 0;
    }

    public String summary() {
        return String.format("%s %,d rows: %,d practices matched (%,d new, %,d replaced, %,d already circulated and left), "
                        + "%,d unknown practices, %,d of other commissioners, %,d of other months, %,d rejected",
                applied ? "Imported" : "Dry run of", rows, matched, created, replaced, locked, unknownPractices,
                otherCommissioner, otherMonth, rejected);
    }
}
