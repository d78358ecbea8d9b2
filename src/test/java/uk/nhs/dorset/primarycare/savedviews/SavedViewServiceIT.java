package uk.nhs.dorset.primarycare.savedviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** Saved views on MariaDB: each user's own, everyone's shared ones, and only the owner deletes. */
@IntegrationTest
class SavedViewServiceIT {

    @Autowired
    SavedViewService views;
    @Autowired
    UserDetailsService users;

    /** A grid route of this test's own, so views other tests save never join its lists. */
    private final String route = "grants-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private <T> T as(String username, Supplier<T> work) {
        SignIn.as(users, username);
        try {
            return work.get();
        } finally {
            SignIn.out();
        }
    }

    private List<String> names(String username) {
        return as(username, () -> views.views(route).stream().map(ViewsText::of).toList());
    }

    @Test
    void theOwnerIsTheSignedInUserAndTheListShowsMineThenOthersShared() {
        SavedView open = as("manager", () -> views.save(route, "  My open bids ", "?status=SUBMITTED&cols=practice,status", true));
        as("manager", () -> views.save(route, "Manager's private", "status=DRAFT", false));
        as("team", () -> views.save(route, "Team's own", "", false));

        assertThat(open.getOwner()).isEqualTo("manager");
        assertThat(open.getName()).isEqualTo("My open bids");
        assertThat(open.getQuery()).isEqualTo("status=SUBMITTED&cols=practice,status");
        assertThat(open.getCreatedAt()).isNotNull();
        assertThat(names("team")).containsExactly("team: Team's own", "manager: My open bids (shared)");
        assertThat(names("manager")).containsExactly("manager: Manager's private", "manager: My open bids (shared)");
        assertThat(names("estates")).containsExactly("manager: My open bids (shared)");
    }

    @Test
    void aNameIsTakenOncePerUserPerGridWhateverItsCase() {
        as("manager", () -> views.save(route, "My open bids", "status=SUBMITTED", false));

        assertThatThrownBy(() -> as("manager", () -> views.save(route, "my OPEN bids", "status=DRAFT", true)))
                .isInstanceOf(NameTaken.class)
                .hasMessage("You already have a view called \u201cmy OPEN bids\u201d on this page; choose another name.");
        // Another user, or another grid, may use the same name.
        assertThat(as("team", () -> views.save(route, "My open bids", "", false)).getOwner()).isEqualTo("team");
        assertThat(as("manager", () -> views.save(route + "-other", "My open bids", "", false))).isNotNull();
        assertThatThrownBy(() -> as("manager", () -> views.save(route, "   ", "", false)))
                .hasMessage("Give the view a name.");
    }

    @Test
    void theOwnerDeletesTheirOwnView() {
        SavedView mine = as("team", () -> views.save(route, "Mine to delete", "", true));

        as("team", () -> {
            views.delete(mine.getId());
            return null;
        });

        assertThat(names("team")).isEmpty();
        assertThat(names("manager")).isEmpty();
    }

    @Test
    void nobodyDeletesAnothersViewSharedOrNot() {
        SavedView shared = as("manager", () -> views.save(route, "Shared by manager", "", true));
        SavedView private_ = as("manager", () -> views.save(route, "Private to manager", "", false));

        assertThatThrownBy(() -> as("team", () -> {
            views.delete(shared.getId());
            return null;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("Only manager, who saved \u201cShared by manager\u201d, may delete it.");
        // Another's private view is not even found, so its existence is not given away.
        assertThatThrownBy(() -> as("estates", () -> {
            views.delete(private_.getId());
            return null;
        })).isInstanceOf(NotFound.class);

        assertThat(names("manager")).containsExactly("manager: Private to manager", "manager: Shared by manager (shared)");
    }

    /** A view as the list would name it to anyone: whose it is, its name, and whether it is shared. */
    private static final class ViewsText {
        static String of(SavedView view) {
            return view.getOwner() + ": " + view.getName() + (view.isShared() ? " (shared)" : "");
        }
    }
}
