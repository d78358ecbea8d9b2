package uk.nhs.dorset.primarycare.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Identity and optimistic locking for every entity: a save over someone else's newer save
 * fails on {@link #version} instead of silently overwriting it.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * What kind of record this is, in words ("Grant bid", "User"), for the audit trail and messages.
     * The class name read as words serves until an entity says better.
     */
    public String kind() {
        String words = Hibernate.getClass(this).getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** How the record is named to a reader; entities with a name of their own say it. */
    public String label() {
        return kind() + " " + id;
    }

    /** Where the record is shown in the application, relative to its root; null when it has no page of its own. */
    public @Nullable String link() {
        return null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
