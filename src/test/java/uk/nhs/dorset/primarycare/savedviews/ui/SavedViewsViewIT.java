package uk.nhs.dorset.primarycare.savedviews.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.OnDemandMenu;
import uk.nhs.dorset.primarycare.testing.OnDemandMenus;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Saving a grid's filters, sort and columns as a view, and opening it as somebody else, without a browser. */
class SavedViewsViewIT extends ViewTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Grid<?> open(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        return shownGrid();
    }

    private Grid<?> shownGrid() {
        return find(Grid.class).all().stream().filter(Grid::isVisible).filter(Grid::isColumnReorderingAllowed)
                .findFirst().orElseThrow();
    }

    private OnDemandMenu views() {
        return find(OnDemandMenu.class).withClassName("views-menu").single();
    }

    private List<String> listed() {
        return OnDemandMenus.items(views());
    }

    private SaveViewDialog saveAs(String name, boolean shared) {
        OnDemandMenus.click(views(), ViewsMenu.SAVE);
        SaveViewDialog dialog = find(SaveViewDialog.class).last();
        test(find(TextField.class).from(dialog).withCaption("Name").single()).setValue(name);
        if (shared) {
            test(find(Checkbox.class).from(dialog).single()).click();
        }
        test(find(Button.class).from(dialog).withText("Save").single()).click();
        return dialog;
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    /** The address the browser shows, as its path and its parameters (whose order means nothing). */
    private String shownAddress() {
        com.vaadin.flow.router.Location shown = QueryFilters.shown(UI.getCurrent());
        return shown.getPath() + new java.util.TreeMap<>(shown.getQueryParameters().getParameters());
    }

    @Test
    void aManagersSharedGrantsViewOpensForTheTeamWithItsFiltersAndColumns() {
        String name = "My open bids " + suffix;
        signIn("manager");
        Grid<?> grid = open("grants", "programme=2017%2F18");
        @SuppressWarnings("unchecked")
        ComboBox<Object> status = find(ComboBox.class).withCaption("Status").single();
        test(status).selectItem("Submitted");
        OnDemandMenus.click(find(OnDemandMenu.class).withClassName("columns-menu").single(), "Locality");
        String address = shownAddress();
        assertThat(address).contains("status=[SUBMITTED]").contains("cols=[practice,year,scheme,status,");

        SaveViewDialog dialog = saveAs(name, true);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(listed()).contains(name + " (shared)");

        signIn("team");
        open("mergers", "");
        open("grants", "");
        assertThat(listed()).contains(name + " \u2014 shared by manager");
        OnDemandMenus.click(views(), name + " \u2014 shared by manager");

        grid = shownGrid();
        assertThat(shownAddress()).isEqualTo(address);
        assertThat(find(ComboBox.class).withCaption("Status").single().getValue()).hasToString("SUBMITTED");
        assertThat(visibleKeys(grid)).doesNotContain("locality").contains("practice", "status");
        // Another's view can be opened but never deleted from here.
        assertThat(listed()).doesNotContain(ViewsMenu.DELETE);
    }

    @Test
    void aNameTakenIsSaidAtTheNameAndMyViewIsDeletedAfterAsking() {
        String name = "Slipped " + suffix;
        signIn("team");
        open("mergers", "status=ENQUIRY&sort=patients,desc");
        saveAs(name, false);

        SaveViewDialog again = saveAs(name.toUpperCase(java.util.Locale.UK), false);
        TextField field = find(TextField.class).from(again).withCaption("Name").single();
        assertThat(again.isOpened()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("You already have a view called \u201c" + name.toUpperCase(java.util.Locale.UK)
                + "\u201d on this page; choose another name.");
        again.close();

        open("mergers", "");
        OnDemandMenus.click(views(), name);
        assertThat(shownAddress()).isEqualTo("mergers{sort=[patients,desc], status=[ENQUIRY]}");
        assertThat(shownGrid().getSortOrder().getFirst().getSorted().getKey()).isEqualTo("patients");

        OnDemandMenus.click(views(), ViewsMenu.DELETE);
        DeleteViewsDialog delete = find(DeleteViewsDialog.class).single();
        test(find(Button.class).from(delete).withText("Delete").first()).click();
        ConfirmDialog ask = find(ConfirmDialog.class).last();
        assertThat(ask.isOpened()).isTrue();
        test(find(Button.class).from(ask).withText("Delete view").single()).click();
        assertThat(listed()).doesNotContain(name);
    }

    @Test
    void aPracticeManagerOpeningAViewOfAnotherPracticeSeesOnlyTheirOwn() {
        String name = "Another practice " + suffix;
        signIn("manager");
        open("grants", "practice=J81003");
        saveAs(name, true);

        signIn("practice");
        UI.getCurrent().navigate("notifications");
        open("grants", "");
        OnDemandMenus.click(views(), name + " \u2014 shared by manager");
        @SuppressWarnings("unchecked")
        Grid<uk.nhs.dorset.primarycare.grants.BidRow> grid = (Grid<uk.nhs.dorset.primarycare.grants.BidRow>) shownGrid();
        List<String> practices = new java.util.ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            practices.add(test(grid).getRow(row).practiceOdsCode());
        }
        assertThat(practices).allMatch("J81002"::equals);
    }

    @Test
    void theAuditTrailsFiltersAreSavedAndOpenedAsAView() {
        String name = "Estates moves " + suffix;
        signIn("manager");
        UI.getCurrent().navigate("programme/audit", QueryParameters.fromString("user=estates"));
        saveAs(name, false);

        UI.getCurrent().navigate("programme/audit");
        OnDemandMenus.click(views(), name);
        assertThat(shownAddress()).isEqualTo("programme/audit{user=[estates]}");
        assertThat(find(TextField.class).withCaption("User").single().getValue()).isEqualTo("estates");
    }

    /**
     * A page costs no read of the saved views: the list is read when the menu is opened, each
     * time, so a view another user shared since the page opened is there without a reload.
     */
    @ParameterizedTest
    @ValueSource(strings = {"practices", "grants", "mergers", "estates", "workforce"})
    void theViewsAreReadWhenTheMenuOpensNotWithThePage(String route) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            signIn("manager");
            statistics.clear();
            UI.getCurrent().navigate(route);
            assertThat(savedViewReads(statistics)).as("saved views read to open /" + route).isZero();
            assertThat(find(OnDemandMenu.class).withClassName("columns-menu").single().menu().getItems())
                    .as("column choices made before the menu opens").isEmpty();

            assertThat(listed()).startsWith(ViewsMenu.SAVE);
            assertThat(savedViewReads(statistics)).as("read when the menu opened").isEqualTo(1);
            listed();
            assertThat(savedViewReads(statistics)).as("read again when it opened again").isEqualTo(2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static long savedViewReads(Statistics statistics) {
        return Arrays.stream(statistics.getQueries()).filter(q -> q.contains("from SavedView"))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
    }
}
