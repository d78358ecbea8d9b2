package uk.nhs.dorset.primarycare.workforce;

import java.util.List;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;

/**
 * Every locality's figures at a snapshot against a model version: how far its practices have
 * validated, and its gap per staff group (for the localities with open practices), with the
 * clusters' gaps rolled up from them.
 */
public record LocalityGaps(List<LocalityValidation> validation, List<GapLine> localities, List<GapLine> clusters) {
}
