package uk.nhs.dorset.primarycare.workforce;

import uk.nhs.dorset.primarycare.practice.Cluster;

/**
 * How far a locality's practices have validated their profiles at one snapshot. A locality
 * has completed validation when every one of its practices has validated.
 */
public record LocalityValidation(String locality, Cluster cluster, int practices, int profiles, int circulated,
                                 int validated, int queried) {

    public boolean isComplete() {
        return practices > 0 && validated == practices;
    }

    public double validatedShare() {
        return practices == 0 ? 0 : (double) validated / practices;
    }
}
