package uk.nhs.dorset.primarycare.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * The signed-in role's starting point: their own queue first, then a tile per area their role
 * works in. Every figure that counts records links to the grid filtered to exactly those records.
 */
@Route("")
@PageTitle("Dashboard — Primary Care Hub")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final Set<Role> PROGRAMME_ROLES = EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER);
    private static final Set<Role> OVERVIEW_ROLES = EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER, Role.ADMIN);

    private final QueueTile queue;

    DashboardView(CurrentUser currentUser, List<WorkQueue> queues, PracticeService practices, GrantService grants, GrantProgrammeService grantProgrammes,
                  EttfService estates, MergerService mergers, WorkforceService workforce) {
        addClassName("dashboard");
        Actor actor = currentUser.actor();
        queue = new QueueTile(actor, queues);
        Div tiles = new Div(queue);
        tiles.addClassName("tiles");
        if (actor.isPracticeScoped() && actor.practiceOdsCode() != null) {
            practices.find(actor.practiceOdsCode()).ifPresent(p -> tiles.add(ownPractice(p)));
        }
        if (actor.hasAny(PROGRAMME_ROLES)) {
            tiles.add(new GrantsTile(grants, grantProgrammes));
            tiles.add(new EstatesTile(estates));
            tiles.add(new MergersTile(mergers));
        }
        if (actor.hasAny(OVERVIEW_ROLES)) {
            tiles.add(new WorkforceTile(workforce));
            tiles.add(new PracticesTile(practices));
        }
        add(tiles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        queue.show(QueueTile.ALL.equals(QueryFilters.from(event.getLocation()).get("queue").orElse("")));
    }

    private static Tile ownPractice(Practice practice) {
        return new Tile(practice.label())
                .figure("List size", Formats.number(practice.getListSize()))
                .figure("CQC rating", practice.getCqcRating() == null ? "Not yet rated" : practice.getCqcRating().label())
                .link("Your practice", "practices/" + practice.getOdsCode(), Map.of())
                .link("Your workforce profile", "workforce/" + practice.getOdsCode(), Map.of())
                .link("Your grant bids", "grants", Map.of());
    }
}
