package uk.nhs.dorset.primarycare.practice;

/**
 * A locality's practice population: the figure recorded for it at a census date when there is
 * one (the demo's 2016 figures), otherwise the sum of its open practices' current list sizes.
 */
public record LocalityPopulation(String locality, Cluster cluster, long population) {
}
