package uk.nhs.dorset.primarycare.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.html.ListItem;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.practice.CqcRating;
import uk.nhs.dorset.primarycare.security.CurrentUser;
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
    @Autowired
    List<WorkQueue> queues;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    uk.nhs.dorset.primarycare.estates.EttfService estates;

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

    /** A locality still validating links to the workforce page's validation tab, showing that locality alone. */
    @Test
    void followingALocalityStillValidatingOpensItsValidationProgress() {
        signIn("manager");
        navigate(DashboardView.class);
        String href = hrefs().stream().filter(h -> h.startsWith("workforce?") && h.contains("locality=")).findFirst().orElseThrow();
        assertThat(href).contains("tab=validation");
        UI.getCurrent().navigate("workforce", QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        Grid<?> validation = find(Grid.class).first();
        assertThat(test(validation).size()).as("the one locality").isEqualTo(1);
        assertThat(find(Span.class).withId("validation-summary").single().getText()).contains("of 1 localities");
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

    @Test
    void theWholeQueueIsOneLinkAwayAndTheRestLinkShowsIt() {
        signIn("team");
        long waiting = queues.stream().mapToLong(q -> q.waitingFor(currentUser.actor()).size()).sum();
        assertThat(waiting).as("the demo keeps more waiting for the team than the tile shows at first").isGreaterThan(6);
        navigate(DashboardView.class);
        Anchor more = find(Anchor.class).withClassName("queue-more").single();
        assertThat(more.getText()).isEqualTo("and " + (waiting - 6) + " more");
        UI.getCurrent().navigate("", QueryParameters.fromString(more.getHref().substring(more.getHref().indexOf('?') + 1)));
        assertThat(find(ListItem.class).withClassName("queue-item").all()).hasSize((int) waiting);
        assertThat(find(Anchor.class).withClassName("queue-more").all()).isEmpty();
    }

    @Test
    void theCqcFiguresAccountForEveryOpenPracticeAndUnknownCapitalIsNotRecorded() {
        signIn("manager");
        navigate(DashboardView.class);
        Map<String, String> figures = new java.util.HashMap<>();
        for (var figure : find(Anchor.class).withClassName("figure").all()) {
            List<Span> spans = figure.getChildren().filter(Span.class::isInstance).map(Span.class::cast).toList();
            figures.put(spans.get(0).getText(), spans.get(1).getText());
        }
        long open = Long.parseLong(figures.get("Open practices").replace(",", ""));
        long rated = java.util.Arrays.stream(CqcRating.values()).map(r -> figures.getOrDefault(r.label(), "0"))
                .mapToLong(v -> Long.parseLong(v.replace(",", ""))).sum();
        assertThat(rated).isEqualTo(open);

        java.math.BigDecimal capital = estates.totalCapital(uk.nhs.dorset.primarycare.estates.EttfFilter.all());
        String shown = find(uk.nhs.dorset.primarycare.base.ui.Figure.class).all().stream()
                .filter(f -> f.getElement().getTextRecursively().startsWith("Capital value")).findFirst().orElseThrow()
                .getElement().getTextRecursively().replaceFirst("^Capital value", "");
        assertThat(shown).isNotEqualTo("£0")
                .isEqualTo(capital == null || capital.signum() == 0 ? "not recorded" : uk.nhs.dorset.primarycare.base.Formats.money(capital));
    }

    private List<String> titles() {
        return find(H3.class).all().stream().map(H3::getText).toList();
    }

    private List<String> hrefs() {
        return find(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }
}
