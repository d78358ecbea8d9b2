package uk.nhs.dorset.primarycare.practice;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Labelled;

/**
 * One of the clusters the organisation groups its localities into for improved access, by its
 * name. The organisation names its own (Dorset's are East, Mid and West); the names are kept in
 * the {@code cluster} table, which every locality and access week refers to.
 */
public record Cluster(String name) implements Labelled, Comparable<Cluster> {

    public static final int MAX_LENGTH = 100;

    public Cluster {
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Enter the cluster's name");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A cluster's name can be at most 100 characters");
        }
    }

    /** The cluster a link or a file names; whether the organisation has it is the caller's question. */
    public static Cluster fromLabel(String text) {
        return new Cluster(text);
    }

    /**
     * The organisation's cluster a link names, in any case, so a picker shows it chosen. A name the
     * organisation has no cluster of is ignored, as the filters ignore every unknown value.
     */
    public static @Nullable Cluster spelledAs(List<Cluster> known, @Nullable Cluster named) {
        return named == null ? null : known.stream().filter(named::sameAs).findFirst().orElse(null);
    }

    @Override
    public String label() {
        return name;
    }

    /** Two names that differ only in case are one cluster, as the database's unique key has it. */
    public boolean sameAs(Cluster other) {
        return name.toLowerCase(Locale.ROOT).equals(other.name.toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(Cluster other) {
        return String.CASE_INSENSITIVE_ORDER.compare(name, other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
