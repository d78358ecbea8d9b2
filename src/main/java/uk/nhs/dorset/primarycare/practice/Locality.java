package uk.nhs.dorset.primarycare.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/** One of the GP localities, with its practice population at the 2016 census date. */
@Entity
@Table(name = "locality")
public class Locality extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false, length = Cluster.MAX_LENGTH)
    private Cluster cluster;

    @Column(name = "population_2016", nullable = false)
    private int population2016;

    protected Locality() {
        this.name = "";
        this.cluster = new Cluster("-");
    }

    public Locality(String name, Cluster cluster, int population2016) {
        this.name = name;
        this.cluster = cluster;
        this.population2016 = population2016;
    }

    public String getName() {
        return name;
    }

    public Cluster getCluster() {
        return cluster;
    }

    void setCluster(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Registered practice population at 31 December 2016, as published in the CCG's plans. */
    public int getPopulation2016() {
        return population2016;
    }

    @Override
    public String toString() {
        return name;
    }
}
