package uk.nhs.dorset.primarycare.workforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.ui.TransitionDialog;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.testing.ViewTest;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.RoleFigures;
import uk.nhs.dorset.primarycare.workforce.StaffRole;
import uk.nhs.dorset.primarycare.workforce.WorkforceProfile;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

class WorkforceViewIT extends ViewTest {

    @Autowired
    WorkforceService workforce;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** Navigates with query parameters, which browserless navigate(String) does not take. */
    void open(String route, String... keyValues) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        com.vaadin.flow.component.UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.simple(params));
    }

    WorkforceProfile circulated(String ods, LocalDate snapshot) {
        signIn("team");
        WorkforceProfile p = workforce.create(ods, snapshot);
        p = workforce.updateFigures(p.getId(), p.getVersion(), Map.of(StaffRole.GP_PARTNER, new RoleFigures(2, new BigDecimal("1.8"))), 4000);
        return workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
    }

    @Test
    void practiceValidatesItsOwnProfile() {
        LocalDate snapshot = LocalDate.of(2015, 3, 31);
        WorkforceProfile p = circulated("J81002", snapshot);
        signIn("practice");
        open("workforce/J81002", "snapshot", snapshot.toString());
        assertThat(find(Span.class).withText(ProfileStatus.CIRCULATED.label()).exists()).isTrue();
        assertThat(find(Button.class).withText("Circulate to locality").exists()).isFalse();
        test(find(Button.class).withText("Validate").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        test(find(Button.class).from(dialog).withText("Validate").single()).click();
        assertThat(find(Span.class).withText(ProfileStatus.VALIDATED.label()).exists()).isTrue();
        signIn("team");
        assertThat(workforce.get(p.getId()).getStatus()).isEqualTo(ProfileStatus.VALIDATED);
    }

    @Test
    void practiceQueryNeedsAComment() {
        LocalDate snapshot = LocalDate.of(2015, 6, 30);
        WorkforceProfile p = circulated("J81002", snapshot);
        signIn("practice");
        open("workforce/J81002", "snapshot", snapshot.toString());
        test(find(Button.class).withText("Query").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        test(find(Button.class).from(dialog).withText("Query").single()).click();
        assertThat(find(TextArea.class).from(dialog).single().isInvalid()).isTrue();
        test(find(TextArea.class).from(dialog).single()).setValue("Two partners retired in March");
        test(find(Button.class).from(dialog).withText("Query").single()).click();
        signIn("team");
        assertThat(workforce.get(p.getId()).getStatus()).isEqualTo(ProfileStatus.QUERIED);
        assertThat(workforce.get(p.getId()).getQueryComment()).isEqualTo("Two partners retired in March");
    }

    @Test
    void theTeamRecirculatesWithItsCommentAndSeesWhatChanged() {
        LocalDate snapshot = LocalDate.of(2015, 9, 30);
        WorkforceProfile p = circulated("J81002", snapshot);
        signIn("practice");
        workforce.move(p.getId(), p.getVersion(), ProfileStatus.QUERIED, MoveRequest.of("The locum is missing"));
        signIn("team");
        WorkforceProfile queried = workforce.get(p.getId());
        workforce.updateFigures(queried.getId(), queried.getVersion(), Map.of(
                StaffRole.GP_PARTNER, new RoleFigures(2, new BigDecimal("1.8")),
                StaffRole.GP_LOCUM, new RoleFigures(1, new BigDecimal("0.4"))), 4100);
        open("workforce/J81002", "snapshot", snapshot.toString());
        Grid<?> changes = find(Grid.class).withClassName("field-audit").single();
        assertThat(test(changes).size()).isPositive();
        test(find(Button.class).withClassName("workflow-action").withText("Re-circulate").single()).click();
        TransitionDialog dialog = find(TransitionDialog.class).single();
        test(find(TextArea.class).from(dialog).single()).setValue("Locum added from the practice's rota");
        test(find(Button.class).from(dialog).withText("Re-circulate").single()).click();
        assertThat(find(Span.class).withText(ProfileStatus.CIRCULATED.label()).exists()).isTrue();
        assertThat(workforce.get(p.getId()).getHistory().getLast().getComment()).isEqualTo("Locum added from the practice's rota");
    }

    @Test
    void practiceCannotOpenAnotherPracticesProfile() {
        circulated("J81003", LocalDate.of(2015, 3, 31));
        signIn("practice");
        navigate("workforce/J81003", PracticeWorkforceView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Not found");
        assertThat(find(Button.class).withText("Validate").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void managerSeesLocalityGapsAndValidationProgress() {
        signIn("manager");
        open("workforce", "tab", "localities", "snapshot", "2017-09-30", "model", "v7", "group", "gp");
        Grid<?> gaps = find(Grid.class).withId("locality-gaps").single();
        assertThat(test(gaps).size()).isEqualTo(13);
        assertThat(find(Button.class).withText("Circulate to locality").exists()).isFalse();

        section("Validation");
        assertThat(find(Span.class).withId("validation-summary").single().getText()).contains("of 13 localities");
        assertThat(find(Grid.class).withId("locality-gaps").exists()).as("one section at a time").isFalse();
        assertThat(shownQuery()).as("the section and the filters kept in the address")
                .contains("tab=validation", "snapshot=2017-09-30", "model=v7", "group=gp");
    }

    @Test
    void theClusterGapsHaveTheirOwnSectionAndExport() throws Exception {
        signIn("manager");
        open("workforce", "tab", "clusters", "snapshot", "2017-09-30", "model", "v7", "group", "gp");
        Grid<?> clusters = find(Grid.class).withId("cluster-gaps").single();
        assertThat(test(clusters).size()).as("a GP line per cluster").isPositive();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        test(find(com.vaadin.flow.component.html.Anchor.class).withClassName("export-link").single()).download(out);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).as("a header and every line").hasSize(test(clusters).size() + 1);
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Cluster");
            assertThat(rows.getFirst().getCellText(1)).as("the cluster named once").isEqualTo("Staff group");
        }
    }

    /**
     * The profiles section, shown by default, reads no gap figures: the sum over every practice's role
     * lines (the page's slowest statement at national size) runs only for the sections that show it.
     */
    @Test
    void theProfilesSectionDoesNotSumTheGapsAndAGapSectionSumsThemOnce() {
        signIn("manager");
        withStatistics(statistics -> {
            open("workforce", "snapshot", "2017-09-30");
            assertThat(currentSection()).isEqualTo("Profiles");
            assertThat(find(Grid.class).withClassName("profile-list").exists()).isTrue();
            assertThat(find(com.vaadin.flow.component.combobox.ComboBox.class).withLabel("Model version").all())
                    .as("the model picker applies to the gap sections only").noneMatch(com.vaadin.flow.component.Component::isVisible);
            assertThat(executions(statistics, "s.supplied_listed")).as("gap sums on the profiles section").isZero();

            section("Gap by locality");
            assertThat(find(Grid.class).withId("locality-gaps").exists()).isTrue();
            assertThat(find(Grid.class).withClassName("profile-list").exists()).isFalse();
            assertThat(find(com.vaadin.flow.component.textfield.TextField.class).withLabel("Practice").all())
                    .as("the profiles' text filter does not narrow the gaps").noneMatch(com.vaadin.flow.component.Component::isVisible);
            assertThat(executions(statistics, "s.supplied_listed")).as("gap sums for the locality section").isEqualTo(1);
        });
    }

    /** The profiles export is read a page at a time, and still has every profile the filters select. */
    @Test
    void theProfilesExportHasEveryProfileTheFiltersSelect() throws Exception {
        signIn("manager");
        open("workforce", "snapshot", "2017-09-30");
        long selected = workforce.count(new uk.nhs.dorset.primarycare.workforce.ProfileFilter(null, null, null, LocalDate.of(2017, 9, 30), null));
        assertThat(selected).isPositive();
        com.vaadin.flow.component.html.Anchor export = find(com.vaadin.flow.component.html.Anchor.class).from(find(ProfileList.class).single())
                .withClassName("export-link").single();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        test(export).download(out);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).as("a header and every profile").hasSize((int) selected + 1);
        }
    }

    @Test
    void anUnknownSectionInALinkShowsTheProfiles() {
        signIn("manager");
        open("workforce", "tab", "nonsense");
        assertThat(currentSection()).isEqualTo("Profiles");
        assertThat(find(Grid.class).withClassName("profile-list").exists()).isTrue();
    }

    /** Follows the link to a section, as a user choosing it. */
    private void section(String name) {
        test(find(RouterLink.class).from(find(SectionLinks.class).single()).withText(name).single()).click();
    }

    private String currentSection() {
        return find(RouterLink.class).from(find(SectionLinks.class).single()).all().stream()
                .filter(l -> "page".equals(l.getElement().getAttribute("aria-current"))).map(RouterLink::getText)
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static String shownQuery() {
        return uk.nhs.dorset.primarycare.base.ui.QueryFilters.shown(com.vaadin.flow.component.UI.getCurrent()).getQueryParameters()
                .getQueryString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGapsByPracticeArePagedFromTheServiceAndTheExportHasEveryLine() throws Exception {
        signIn("manager");
        open("workforce", "tab", "practices", "snapshot", "2017-09-30", "model", "v7", "group", "gp");
        long lines = workforce.countPracticeGaps(new uk.nhs.dorset.primarycare.workforce.GapQuery(LocalDate.of(2017, 9, 30), "v7",
                null, null, uk.nhs.dorset.primarycare.workforce.StaffGroup.GP));
        assertThat(lines).as("a GP line per open practice in a locality, as the whole calculation has them")
                .isEqualTo(workforce.gaps(LocalDate.of(2017, 9, 30), "v7").practices().stream()
                        .filter(l -> l.group() == uk.nhs.dorset.primarycare.workforce.StaffGroup.GP).count())
                .isPositive();
        assertThat(find(Span.class).withText(lines + " practice lines").exists()).isTrue();
        PracticeGaps gapsByPractice = find(PracticeGaps.class).single();
        Grid<uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeGap> practices = find(Grid.class).from(gapsByPractice).single();
        assertThat(test(practices).size()).isEqualTo((int) lines);

        com.vaadin.flow.component.html.Anchor export = find(com.vaadin.flow.component.html.Anchor.class).from(gapsByPractice)
                .withClassName("export-link").single();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        test(export).download(out);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).as("a header and every line").hasSize((int) lines + 1);
        }
    }

    @Test
    void teamSetsAModelledTargetAndTheGapTableUsesIt() {
        signIn("team");
        open("workforce", "tab", "localities", "snapshot", "2017-09-30", "model", "v7", "locality", "Purbeck", "group", "nurses");
        test(find(Button.class).withText("Set a modelled target").single()).click();
        TargetDialog dialog = find(TargetDialog.class).single();
        test(find(com.vaadin.flow.component.textfield.TextField.class).from(dialog).single()).setValue("v9-view");
        test(find(com.vaadin.flow.component.combobox.ComboBox.class).from(dialog).withLabel("Locality").single()).selectItem("Purbeck");
        test(find(com.vaadin.flow.component.combobox.ComboBox.class).from(dialog).withLabel("Staff group").single()).selectItem("Nurses");
        test(find(com.vaadin.flow.component.textfield.BigDecimalField.class).from(dialog).single()).setValue(new BigDecimal("-2"));
        test(find(Button.class).from(dialog).withText("Save target").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).from(dialog).withClassName("refusal").single().getText())
                .contains("between 0 and 99,999");
        test(find(com.vaadin.flow.component.textfield.BigDecimalField.class).from(dialog).single()).setValue(new BigDecimal("11.5"));
        test(find(Button.class).from(dialog).withText("Save target").single()).click();
        assertThat(workforce.targets("v9-view")).singleElement()
                .satisfies(t -> assertThat(t.getTargetFte()).isEqualByComparingTo("11.5"));
    }

    @Test
    void practiceSeesOnlyItsOwnProfilesAndNoGapTables() {
        signIn("practice");
        navigate(WorkforceView.class);
        assertThat(find(Grid.class).withId("locality-gaps").exists()).isFalse();
        assertThat(find(SectionLinks.class).all()).as("no gap sections for a practice").noneMatch(com.vaadin.flow.component.Component::isVisible);
        open("workforce", "tab", "localities");
        assertThat(find(Grid.class).withId("locality-gaps").exists()).as("nor by a link").isFalse();
        Grid<uk.nhs.dorset.primarycare.workforce.ProfileRow> profiles = find(Grid.class).first();
        assertThat(test(profiles).size()).isPositive();
        for (int i = 0; i < test(profiles).size(); i++) {
            assertThat(test(profiles).getRow(i).odsCode()).isEqualTo("J81002");
        }
    }

    @Test
    void openingThePageReadsTheSnapshotDatesAndModelVersionsOnceEach() {
        signIn("manager");
        withStatistics(statistics -> {
            open("workforce");
            assertThat(find(Grid.class).exists()).isTrue();
            assertThat(executions(statistics, "distinct p.snapshotDate")).as("snapshot dates read").isEqualTo(1);
            assertThat(executions(statistics, "group by t.modelVersion")).as("model versions read").isEqualTo(1);
        });
    }

    /** Runs checks with Hibernate's statistics counting from zero, and stops them counting after. */
    private void withStatistics(java.util.function.Consumer<Statistics> checks) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            checks.accept(statistics);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static long executions(Statistics statistics, String queryPart) {
        return Arrays.stream(statistics.getQueries()).filter(q -> q.contains(queryPart))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
    }
}
