package uk.nhs.dorset.primarycare.savedviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/** A grid's address (filters, sort, columns) kept under a name by its owner, maybe shared with everyone. */
@Entity
@Table(name = "saved_view")
public class SavedView extends AbstractEntity {

    public static final int NAME_MAX = 60;
    public static final int QUERY_MAX = 2000;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = 100)
    private String route;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "query_text", nullable = false, length = QUERY_MAX)
    private String query;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedView() {
        this.owner = "";
        this.route = "";
        this.name = "";
        this.query = "";
        this.createdAt = Instant.EPOCH;
    }

    SavedView(String owner, String route, String name, String query, boolean shared, Instant createdAt) {
        this.owner = owner;
        this.route = route;
        this.name = name;
        this.query = query;
        this.shared = shared;
        this.createdAt = createdAt;
    }

    public String getOwner() {
        return owner;
    }

    public String getRoute() {
        return route;
    }

    public String getName() {
        return name;
    }

    /** The query string without its "?" ("programme=2017%2F18&cols=practice,status"); may be empty. */
    public String getQuery() {
        return query;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Whether this user saved the view: only they may delete it. */
    public boolean isOwnedBy(String username) {
        return owner.equals(username);
    }

    @Override
    public String kind() {
        return "Saved view";
    }

    @Override
    public String label() {
        return name;
    }
}
