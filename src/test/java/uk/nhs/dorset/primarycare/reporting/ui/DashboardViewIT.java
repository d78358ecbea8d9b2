package uk.nhs.dorset.primarycare.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.grants.DeadlineState;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The dashboards per role, and their tiles' links to the grids filtered the same way. */
class DashboardViewIT extends ViewTest {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;
    @Autowired
    MergerService mergers;

    @Test
    void managerSeesEveryAreaAndEachFigureLinksToItsFilteredGrid() {
        signIn("manager");
        navigate(DashboardView.class);
        // Tests run on the real clock, which is no demo's: no banner.
        assertThat(find(Span.class).withClassName("demo-banner").all()).isEmpty();
        assertThat(titles()).contains("Waiting for you", "Premises improvement grants", "Merger support cases", "Workforce", "Practices");
        assertThat(hrefs()).contains(
                "grants?deadline=SLIPPED&programme=2017%2F18",
                "grants?deadline=AT_RISK&programme=2017%2F18",
                "mergers?status=APPLICATION",
                "practices?cqc=Good&status=Open");
    }

    @Test
    void followingTheGrantsTileOpensTheGridFilteredToExactlyThoseBids() {
        signIn("manager");
        GrantProgramme year = programmes.programmes().stream().filter(p -> p.getName().equals("2017/18")).findFirst().orElseThrow();
        long slipped = grants.count(new GrantFilter(year.getId(), null, null, null, DeadlineState.SLIPPED, null));

        navigate(DashboardView.class);
        UI.getCurrent().navigate("grants", QueryParameters.fromString("programme=2017%2F18&deadline=SLIPPED"));
        Grid<?> grid = find(Grid.class).first();
        assertThat(test(grid).size()).isEqualTo((int) slipped);
    }

    @Test
    void followingAMergerStageOpensTheCasesAtThatStage() {
        signIn("manager");
        long atApplication = mergers.count(new MergerFilter(MergerStatus.APPLICATION, null, null, null));
        navigate(DashboardView.class);
        UI.getCurrent().navigate("mergers", QueryParameters.fromString("status=APPLICATION"));
        Grid<?> grid = find(Grid.class).first();
        assertThat(test(grid).size()).isEqualTo((int) atApplication);
    }

    @Test
    void aPracticeManagerSeesTheirPracticeAndTheirQueueButNotTheProgramme() {
        signIn("practice");
        navigate(DashboardView.class);
        assertThat(titles()).contains("Waiting for you").anyMatch(t -> t.startsWith("J81002"))
                .doesNotContain("Premises improvement grants", "Merger support cases", "Practices");
        assertThat(hrefs()).contains("practices/J81002", "workforce/J81002");
    }

    private List<String> titles() {
        return find(H3.class).all().stream().map(H3::getText).toList();
    }

    private List<String> hrefs() {
        return find(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }
}
