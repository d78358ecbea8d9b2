package uk.nhs.dorset.primarycare.practice;

import java.util.List;

/** One locality rolled up from its open practices, beside its published 2016 population. */
public record LocalitySummary(String name, Cluster cluster, int openPractices, long listSize, int population2016,
                              List<String> pcns) {
}
