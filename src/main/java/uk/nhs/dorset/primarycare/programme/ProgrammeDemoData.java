package uk.nhs.dorset.primarycare.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.DemoLoader;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The programme as the CCG's papers left it: the GP Forward View summary view (appendix 1 of
 * the delivery report), the 2017/18 locality allocation of the transformation fund, and the
 * improved access hours of the week 25-31 March 2018.
 */
@Component
class ProgrammeDemoData extends DemoLoader {

    static final String SUMMARY_VIEW = "programme/gpfv-summary-view.txt";
    static final LocalDate MARCH_2018_WEEK = LocalDate.of(2018, 3, 25);
    /** The programme report the summary view was written for: reporting period to 24 January 2018. */
    static final LocalDate SUMMARY_VIEW_DATE = LocalDate.of(2018, 1, 24);
    /** The Primary Care Commissioning Committee of 5 April 2017, whose figure 3 is the allocation. */
    static final LocalDate ALLOCATION_PAPER = LocalDate.of(2017, 4, 5);
    /** The programme review of 17 October 2018, which reports the March 2018 access hours. */
    static final LocalDate ACCESS_REVIEW = LocalDate.of(2018, 10, 17);

    private final TrackerItemRepository items;
    private final AllocationScenarioRepository scenarios;
    private final AccessWeekRepository weeks;
    private final PracticeService practices;
    private final ApplicationClock clock;

    ProgrammeDemoData(TrackerItemRepository items, AllocationScenarioRepository scenarios, AccessWeekRepository weeks,
                      PracticeService practices, StartUpUser users, ApplicationClock clock) {
        super(users, clock);
        this.items = items;
        this.scenarios = scenarios;
        this.weeks = weeks;
        this.practices = practices;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 150;
    }

    /** Each of the three parts loads on its own, so the guard asks for all three. */
    @Override
    public boolean isLoaded() {
        return items.count() > 0 && scenarios.count() > 0 && weeks.count() > 0;
    }

    @Override
    protected void loadAll() {
        if (items.count() == 0) {
            on(SUMMARY_VIEW_DATE, this::loadSummaryView);
        }
        if (scenarios.count() == 0) {
            on(ALLOCATION_PAPER, this::loadAllocation);
        }
        if (weeks.count() == 0) {
            on(ACCESS_REVIEW, this::loadAccessWeek);
        }
    }

    private void loadAllocation() {
        AllocationScenario published = new AllocationScenario(new FinancialYear(2017), "Published allocation", true);
        published.setFigures("Published allocation", BigDecimal.valueOf(780_000), BigDecimal.valueOf(30_000),
                LocalDate.of(2016, 12, 31), practices.localities().stream()
                        .map(l -> new FundAllocation.LocalityPopulation(l.getName(), l.getPopulation2016())).toList(),
                "Figure 3 of the Primary Care Commissioning Committee paper: £520k clinical and business leadership "
                        + "plus £260k project management, deployed through the GP locality chairs.",
                "system", clock.instant());
        scenarios.save(published);
    }

    private void loadAccessWeek() {
        Instant at = clock.instant();
        for (Map.Entry<Cluster, Integer> e : Map.of(new Cluster("West"), 109, new Cluster("Mid"), 112, new Cluster("East"), 172).entrySet()) {
            weeks.save(new AccessWeek(MARCH_2018_WEEK, e.getKey(), BigDecimal.valueOf(e.getValue()), "system", at));
        }
    }

    private void loadSummaryView() {
        Actor system = Actor.of("system", Role.TEAM);
        Instant at = clock.instant();
        for (TrackerItem item : readSummaryView(system, at)) {
            items.save(item);
        }
    }

    /** Reads the transcription; "^" repeats the cell above, as merged cells did in the paper. */
    static List<TrackerItem> readSummaryView(Actor by, Instant at) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(SUMMARY_VIEW).getInputStream(), StandardCharsets.UTF_8))) {
            String[] previous = new String[10];
            java.util.ArrayList<TrackerItem> result = new java.util.ArrayList<>();
            String line;
            int order = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != 10) {
                    throw new IllegalStateException("Summary view line needs 10 cells: " + line);
                }
                for (int i = 0; i < 4; i++) {
                    if ("^".equals(cells[i])) {
                        cells[i] = previous[i];
                    }
                }
                previous = cells;
                RagStatus rag = switch (cells[5]) {
                    case "G" -> RagStatus.ON_TRACK;
                    case "A" -> RagStatus.PARTIALLY_ON_TRACK;
                    case "R" -> RagStatus.OFF_TRACK;
                    case "P" -> RagStatus.PLANNED_NOT_STARTED;
                    case "E" -> RagStatus.PREPARATORY;
                    default -> throw new IllegalStateException("Unknown RAG code " + cells[5]);
                };
                String issues = cells[8].isBlank() ? null : cells[8];
                TrackerItem item = new TrackerItem(++order * 10, GpfvArea.valueOf(cells[0]), cells[1], cells[2], cells[3],
                        cells[4], rag, by, at, rag == RagStatus.OFF_TRACK ? issues : null);
                item.updateProgress(cells[6].isBlank() ? null : Integer.valueOf(cells[6]),
                        cells[7], issues, cells[9], by, at);
                result.add(item);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
