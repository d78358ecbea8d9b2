package uk.nhs.dorset.primarycare.mergers;

import java.math.BigDecimal;

/** The summary line under the case list: how many cases, patients affected and funding. */
public record MergerTotals(long cases, long patientsAffected, BigDecimal resilienceFunding) {
}
