package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;
import uk.nhs.dorset.primarycare.base.audit.AuditEvent;
import uk.nhs.dorset.primarycare.base.audit.AuditFilter;
import uk.nhs.dorset.primarycare.base.audit.AuditTrailService;
import uk.nhs.dorset.primarycare.base.audit.RecordRevision;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/**
 * Service-level rules of the programme. Runs as a browserless test only so that it signs in the
 * same way as the view tests sharing its application context.
 */
class TrackerServiceIT extends ViewTest {

    @Autowired TrackerService tracker;
    @Autowired AllocationService allocation;
    @Autowired AccessService access;
    @Autowired AuditTrailService audit;

    private TrackerItem item(String actionText) {
        return tracker.list(new TrackerFilter(null, null, null, actionText)).getFirst();
    }

    @Test
    void demoDataHoldsTheWholeSummaryView() {
        signIn("manager");
        assertThat(tracker.count(TrackerFilter.none())).isEqualTo(109);
        assertThat(tracker.count(new TrackerFilter(GpfvArea.WORKFORCE, null, null, null))).isEqualTo(15);
        TrackerItem profile = item("Workforce profile for each locality");
        assertThat(profile.getPercentComplete()).isEqualTo(50);
        assertThat(profile.getIssues()).isEqualTo("Practice/Locality State of readiness to engage");
        assertThat(tracker.search(new TrackerFilter(null, RagStatus.OFF_TRACK, null, null), PageRequest.of(0, 50)).getContent())
                .allSatisfy(i -> assertThat(tracker.get(i.getId()).getHistory().getLast().getComment()).isNotBlank());
    }

    @Test
    void practiceManagerMayNotReadTheTracker() {
        signIn("practice");
        assertThatThrownBy(() -> tracker.count(TrackerFilter.none())).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.countTransitions(AuditFilter.none())).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void estatesReadsButMayNotUpdate() {
        signIn("estates");
        TrackerItem i = item("Mechanism to advertise primary care vacancies in one place");
        assertThat(tracker.get(i.getId())).isNotNull();
        assertThatThrownBy(() -> tracker.changeRag(i.getId(), i.getVersion(), RagStatus.PARTIALLY_ON_TRACK, "x"))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> tracker.updateProgress(i.getId(), i.getVersion(), 10, null, null, null))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> access.record(LocalDate.of(2018, 4, 1), new Cluster("East"), BigDecimal.TEN))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.countFieldChanges(AuditFilter.none()))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void teamUpdatesAndRedNeedsAReasonAndEveryMoveIsAudited() {
        signIn("team");
        TrackerItem i = item("Mechanism for management of locum careers");
        assertThatThrownBy(() -> tracker.changeRag(i.getId(), i.getVersion(), RagStatus.OFF_TRACK, " "))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Off track needs a reason");
        TrackerItem red = tracker.changeRag(i.getId(), i.getVersion(), RagStatus.OFF_TRACK, "Locum Chambers funding ends");
        assertThat(red.getRag()).isEqualTo(RagStatus.OFF_TRACK);
        assertThat(red.getLastUpdatedBy()).isEqualTo("team");
        TrackerItem updated = tracker.updateProgress(red.getId(), red.getVersion(), 40, "Seek funding", "Funding ends", "PCWFC");
        assertThat(updated.getPercentComplete()).isEqualTo(40);
        assertThatThrownBy(() -> tracker.updateProgress(red.getId(), red.getVersion(), 50, null, null, null))
                .hasMessageContaining("Someone else changed");

        signIn("manager");
        TrackerItem back = tracker.changeRag(updated.getId(), updated.getVersion(), RagStatus.PARTIALLY_ON_TRACK, null);
        assertThat(tracker.get(back.getId()).getHistory()).extracting(h -> h.getToStatus())
                .endsWith("OFF_TRACK", "PARTIALLY_ON_TRACK");

        List<AuditEvent> events = audit.transitions(new AuditFilter(null, null, null, "tracker", i.getId()), PageRequest.of(0, 10)).getContent();
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events.getFirst().getToStatus()).isEqualTo(RagStatus.PARTIALLY_ON_TRACK.label());
        assertThat(events.getFirst().getChangedBy()).isEqualTo("manager");
        assertThat(events.get(1).getComment()).isEqualTo("Locum Chambers funding ends");
        assertThat(events.get(1).getChangedBy()).isEqualTo("team");
        assertThat(events.getFirst().getLink()).isEqualTo("programme?item=" + i.getId());
        assertThat(audit.transitions(new AuditFilter("team", LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), null, i.getId()),
                PageRequest.of(0, 10)).getContent()).hasSizeGreaterThanOrEqualTo(1).allMatch(e -> e.getChangedBy().equals("team"));

        List<RecordRevision> changes = audit.fieldChanges(new AuditFilter("team", null, null, "programme", i.getId()), 0, 50);
        assertThat(changes).isNotEmpty().allMatch(c -> c.kind().equals("Tracker item") || c.recordId() == i.getId());
        assertThat(changes).anyMatch(c -> c.kind().equals("Tracker item") && c.revisionType().equals("Changed"));
        assertThat(audit.countFieldChanges(AuditFilter.none())).isGreaterThan(100);
    }

    @Test
    void allocationPublishedYearIsExactAndManagerModelsAnother() {
        signIn("manager");
        AllocationScenario published = allocation.scenarios().stream().filter(AllocationScenario::isPublished).findFirst().orElseThrow();
        FundAllocation.Table table = published.allocate();
        assertThat(table.rows()).hasSize(13);
        assertThat(table.total()).isEqualTo(780_000);
        assertThat(table.rows()).filteredOn(r -> r.locality().equals("Bournemouth North")).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(62_836));
        assertThatThrownBy(() -> allocation.update(published.getId(), published.getVersion(), "x", BigDecimal.ONE, BigDecimal.ZERO,
                LocalDate.now(), allocation.currentPopulations(), null)).hasMessageContaining("published");

        AllocationScenario model = allocation.create(new FinancialYear(2018), "IT model " + System.nanoTime(),
                BigDecimal.valueOf(800_001), BigDecimal.valueOf(31_000), LocalDate.of(2017, 12, 31), allocation.currentPopulations(), null);
        assertThat(model.allocate().rows().stream().mapToLong(FundAllocation.Row::total).sum()).isEqualTo(800_001);

        signIn("team");
        assertThatThrownBy(() -> allocation.create(new FinancialYear(2018), "nope", BigDecimal.ONE, BigDecimal.ZERO,
                LocalDate.now(), List.of(), null)).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void accessWeekOfMarch2018MatchesThePublishedCoverage() {
        signIn("team");
        AccessService.Week march = access.weeks().stream().filter(w -> w.weekStart().equals(LocalDate.of(2018, 3, 25))).findFirst().orElseThrow();
        assertThat(march.whole().hours()).isEqualByComparingTo("393");
        assertThat(march.whole().coverage().doubleValue()).isBetween(0.65, 0.67);
        access.record(LocalDate.of(2018, 9, 2), new Cluster("West"), new BigDecimal("150.5"));
        assertThatThrownBy(() -> access.record(LocalDate.of(2018, 9, 3), new Cluster("West"), BigDecimal.ONE))
                .hasMessageContaining("Sunday");
        assertThatThrownBy(() -> access.record(LocalDate.of(2018, 9, 2), new Cluster("West"), BigDecimal.valueOf(-1)))
                .hasMessageContaining("negative");
    }
}
