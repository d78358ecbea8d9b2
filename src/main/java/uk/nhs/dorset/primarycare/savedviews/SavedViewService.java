package uk.nhs.dorset.primarycare.savedviews;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.NotFound;

/**
 * Every signed-in user keeps views of their own and sees everyone's shared ones. The owner is
 * always the signed-in user, never a name the screen passes in, and only the owner deletes a view.
 */
@Service
@PermitAll
public class SavedViewService {

    /** A grid's route inside the hub ("grants", "programme/audit"): never an address elsewhere. */
    private static final Pattern ROUTE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    private final SavedViewRepository views;
    private final CurrentActor currentUser;
    private final ApplicationClock clock;

    SavedViewService(SavedViewRepository views, CurrentActor currentUser, ApplicationClock clock) {
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My views on this grid first, then those others shared, each by name. */
    @Transactional(readOnly = true)
    public List<SavedView> views(String route) {
        return views.visibleOn(route, me());
    }

    /** Keeps the grid's current address under a name of mine; the name is mine alone on this grid. */
    @Transactional
    public SavedView save(String route, String name, String query, boolean shared) {
        String me = me();
        String cleanName = name.strip();
        if (cleanName.isEmpty()) {
            throw new IllegalArgumentException("Give the view a name.");
        }
        if (cleanName.length() > SavedView.NAME_MAX) {
            throw new IllegalArgumentException("A view's name has at most " + SavedView.NAME_MAX + " characters.");
        }
        if (!ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("Only a page of the hub can be saved as a view.");
        }
        String cleanQuery = query.startsWith("?") ? query.substring(1) : query;
        if (cleanQuery.length() > SavedView.QUERY_MAX) {
            throw new IllegalArgumentException("This page's filters are too long to save as a view; clear some and try again.");
        }
        if (views.existsByOwnerAndRouteAndNameIgnoreCase(me, route, cleanName)) {
            throw new NameTaken(cleanName);
        }
        try {
            return views.saveAndFlush(new SavedView(me, route, cleanName, cleanQuery, shared, clock.instant()));
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            // The unique key caught a save of the same name from another tab a moment ago.
            throw new NameTaken(cleanName);
        }
    }

    /** Deletes a view of mine; another's view is refused, and another's private one is not even found. */
    @Transactional
    public void delete(long id) {
        String me = me();
        SavedView view = views.findById(id).filter(v -> v.isOwnedBy(me) || v.isShared())
                .orElseThrow(() -> new NotFound("saved view"));
        if (!view.isOwnedBy(me)) {
            throw new IllegalStateException("Only " + view.getOwner() + ", who saved \u201c" + view.getName()
                    + "\u201d, may delete it.");
        }
        views.delete(view);
    }

    private String me() {
        return currentUser.actor().username();
    }
}
