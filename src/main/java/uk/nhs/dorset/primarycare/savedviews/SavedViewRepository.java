package uk.nhs.dorset.primarycare.savedviews;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Saved views; only {@link SavedViewService} reads them, so every read is through its owner checks. */
interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    @Query("select v from SavedView v where v.route = :route and (v.owner = :owner or v.shared = true)"
            + " order by case when v.owner = :owner then 0 else 1 end, lower(v.name), v.id")
    List<SavedView> visibleOn(String route, String owner);

    boolean existsByOwnerAndRouteAndNameIgnoreCase(String owner, String route, String name);
}
