package uk.nhs.dorset.primarycare.practice;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Cluster} as its name, the key of the {@code cluster} table. */
@Converter(autoApply = true)
public class ClusterConverter implements AttributeConverter<Cluster, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Cluster cluster) {
        return cluster == null ? null : cluster.name();
    }

    @Override
    public @Nullable Cluster convertToEntityAttribute(@Nullable String name) {
        return name == null ? null : new Cluster(name);
    }
}
