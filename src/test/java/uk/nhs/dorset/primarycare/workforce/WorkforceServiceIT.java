package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** Profiles, validation and gaps through the service, with each role's rights. */
@IntegrationTest
@RecordApplicationEvents
class WorkforceServiceIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    WorkforceService workforce;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    WorkforceProfile draft(String ods, LocalDate snapshot) {
        SignIn.as(users, "team");
        WorkforceProfile p = workforce.create(ods, snapshot);
        return workforce.updateFigures(p.getId(), p.getVersion(), Map.of(
                StaffRole.GP_PARTNER, new RoleFigures(3, new BigDecimal("2.5")),
                StaffRole.NURSE, new RoleFigures(2, new BigDecimal("1.6"))), 5000);
    }

    @Test
    void demoDataHasTheBaselineTargetsAndJ81002Circulated() {
        SignIn.as(users, "manager");
        assertThat(workforce.modelVersions()).contains("v7", "v6");
        assertThat(workforce.targets("v7")).hasSize(13 * 4);
        List<WorkforceProfile> j81002 = workforce.profilesOf("J81002");
        assertThat(j81002).extracting(WorkforceProfile::getSnapshotDate).contains(WorkforceDemoData.BASELINE);
        var validation = workforce.validation(WorkforceDemoData.BASELINE);
        assertThat(validation).hasSize(13);
        assertThat(validation).anyMatch(LocalityValidation::isComplete);
        assertThat(validation).anyMatch(v -> !v.isComplete());
    }

    @Test
    void practiceValidatesItsOwnProfileAndTheEventIsPublished() {
        WorkforceProfile p = draft("J81002", LocalDate.of(2016, 3, 31));
        p = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        SignIn.as(users, "practice");
        WorkforceProfile validated = workforce.move(p.getId(), p.getVersion(), ProfileStatus.VALIDATED, MoveRequest.none());
        assertThat(validated.getStatus()).isEqualTo(ProfileStatus.VALIDATED);
        assertThat(validated.getHistory().getLast().getChangedBy()).isEqualTo("practice");
        assertThat(events.stream(StatusChanged.class)).anyMatch(e -> e.recordId() == validated.getId() && e.toStatus().equals("VALIDATED")
                && e.link().equals("workforce/J81002") && e.feature().equals(WorkforceService.FEATURE));
    }

    @Test
    void practiceQueriesWithACommentAndTheTeamRecirculates() {
        WorkforceProfile p = draft("J81002", LocalDate.of(2016, 6, 30));
        p = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        SignIn.as(users, "practice");
        long id = p.getId();
        long version = p.getVersion();
        assertThatThrownBy(() -> workforce.move(id, version, ProfileStatus.QUERIED, MoveRequest.of(" "))).isInstanceOf(TransitionNotAllowed.class);
        p = workforce.move(id, version, ProfileStatus.QUERIED, MoveRequest.of("The nurse figure is a year old"));
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.QUERIED);
        SignIn.as(users, "team");
        p = workforce.updateFigures(p.getId(), p.getVersion(), Map.of(StaffRole.NURSE, new RoleFigures(3, new BigDecimal("2.4"))), 5000);
        p = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        assertThat(p.getStatus()).isEqualTo(ProfileStatus.CIRCULATED);
    }

    @Test
    @Transactional // the practice's sample name goes back with the test's transaction
    void searchFindsPercentUnderscoreAndBackslashAsTyped() {
        jdbc.update("update practice set name = ? where ods_code = ?", "Orchid\\House 50% Surgery_", "J81002");
        SignIn.as(users, "manager");
        for (String typed : List.of("\\", "d\\h", "50%", "%", "_", "y_")) {
            assertThat(all(new ProfileFilter(null, null, null, null, typed))).as(typed)
                    .isNotEmpty().allMatch(p -> p.odsCode().equals("J81002"));
        }
        // A backslash is a character of its own, not an escape that drops out of the search.
        assertThat(all(new ProfileFilter(null, null, null, null, "\\J81002"))).isEmpty();
    }

    @Test
    void theCommentTypedWhenRecirculatingIsStoredAndPublished() {
        WorkforceProfile p = draft("J81002", LocalDate.of(2016, 9, 30));
        p = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        SignIn.as(users, "practice");
        p = workforce.move(p.getId(), p.getVersion(), ProfileStatus.QUERIED, MoveRequest.of("The nurse figure is a year old"));
        SignIn.as(users, "team");
        WorkforceProfile again = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED,
                MoveRequest.of("Nurse figure updated from the March return"));
        assertThat(again.getHistory().getLast().getComment()).isEqualTo("Nurse figure updated from the March return");
        assertThat(workforce.get(again.getId()).getHistory().getLast().getComment()).isEqualTo("Nurse figure updated from the March return");
        assertThat(events.stream(StatusChanged.class)).anyMatch(e -> e.recordId() == again.getId()
                && e.toStatus().equals("CIRCULATED") && e.fromStatus() != null && e.fromStatus().equals("QUERIED")
                && "Nurse figure updated from the March return".equals(e.comment()));
    }

    @Test
    void aChangeOfRegisteredPatientsShowsOldAndNewValueAndWho() {
        WorkforceProfile p = draft("J81002", LocalDate.of(2016, 12, 31));
        SignIn.as(users, "manager");
        p = workforce.updateFigures(p.getId(), p.getVersion(), Map.of(
                StaffRole.GP_PARTNER, new RoleFigures(3, new BigDecimal("2.5")),
                StaffRole.NURSE, new RoleFigures(2, new BigDecimal("1.8"))), 5250);
        List<FieldChange> changes = workforce.fieldChanges(p.getId());
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Registered patients");
            assertThat(c.from()).isEqualTo("5000");
            assertThat(c.to()).isEqualTo("5250");
            assertThat(c.by()).isEqualTo("manager");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo(StaffRole.NURSE.label() + " FTE");
            assertThat(c.from()).isEqualTo("1.6");
            assertThat(c.to()).isEqualTo("1.8");
            assertThat(c.by()).isEqualTo("manager");
        });
        assertThat(changes).noneMatch(c -> c.field().equals(StaffRole.GP_PARTNER.label() + " FTE") && c.by().equals("manager"));
        SignIn.as(users, "practice");
        long id = p.getId();
        assertThat(workforce.fieldChanges(id)).isNotEmpty();
    }

    @Test
    void anotherPracticesFieldChangesAreNotFound() {
        WorkforceProfile p = draft("J81003", LocalDate.of(2016, 12, 31));
        SignIn.as(users, "practice");
        assertThatThrownBy(() -> workforce.fieldChanges(p.getId())).isInstanceOf(NotFound.class);
    }

    @Test
    void anotherPracticesProfileIsNotFound() {
        WorkforceProfile p = draft("J81003", LocalDate.of(2016, 3, 31));
        WorkforceProfile circulated = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        SignIn.as(users, "practice");
        assertThatThrownBy(() -> workforce.get(circulated.getId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workforce.move(circulated.getId(), circulated.getVersion(), ProfileStatus.VALIDATED, MoveRequest.none())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workforce.profilesOf("J81003")).isInstanceOf(NotFound.class);
        assertThat(all(ProfileFilter.all())).allMatch(x -> x.odsCode().equals("J81002"));
    }

    @Test
    void rolesThatMayNotActAreRefused() {
        WorkforceProfile p = draft("J81004", LocalDate.of(2016, 3, 31));
        SignIn.as(users, "estates");
        assertThatThrownBy(() -> workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workforce.create("J81004", LocalDate.of(2016, 4, 30))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workforce.setTarget("v7", "Purbeck", StaffGroup.GP, BigDecimal.TEN)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "practice");
        assertThatThrownBy(() -> workforce.gaps(WorkforceDemoData.BASELINE, "v7")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "manager");
        WorkforceProfile circulated = workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        assertThatThrownBy(() -> workforce.move(circulated.getId(), circulated.getVersion(), ProfileStatus.VALIDATED, MoveRequest.none()))
                .isInstanceOf(TransitionNotAllowed.class).hasMessage("Your role may not move a record from circulated to locality to validated by practice");
    }

    @Test
    void aStaleVersionIsAConcurrentChange() {
        WorkforceProfile p = draft("J81005", LocalDate.of(2016, 3, 31));
        workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none());
        assertThatThrownBy(() -> workforce.move(p.getId(), p.getVersion(), ProfileStatus.CIRCULATED, MoveRequest.none()))
                .isInstanceOf(ConcurrentChange.class).hasMessage("Someone else changed this profile; reload to see their change");
    }

    @Test
    void gapsAtTheBaselineAgainstV7() {
        SignIn.as(users, "manager");
        GapCalculator.Result r = workforce.gaps(WorkforceDemoData.BASELINE, "v7");
        assertThat(r.localities()).hasSize(13 * 4);
        assertThat(r.clusters()).extracting(GapCalculator.GapLine::scope).contains("East", "Mid", "West");
        assertThat(r.localities()).filteredOn(l -> l.group() == StaffGroup.GP)
                .allSatisfy(l -> assertThat(l.target()).isNotNull());
        // Some practices did not supply nurses: coverage shows it instead of a zero baseline.
        assertThat(r.localities()).filteredOn(l -> l.group() == StaffGroup.NURSES).anyMatch(l -> !l.isComplete());
    }

    @Test
    void targetsAreSetByTheTeam() {
        SignIn.as(users, "team");
        ModelledTarget t = workforce.setTarget("v8-test", "Purbeck", StaffGroup.NURSES, new BigDecimal("12.5"));
        assertThat(workforce.targets("v8-test")).extracting(ModelledTarget::getTargetFte).containsExactly(new BigDecimal("12.50"));
        workforce.setTarget("v8-test", "Purbeck", StaffGroup.NURSES, new BigDecimal("13"));
        assertThat(workforce.targets("v8-test")).hasSize(1).first().extracting(ModelledTarget::getTargetFte)
                .isEqualTo(new BigDecimal("13.00"));
        assertThatThrownBy(() -> workforce.setTarget("v8-test", "Purbeck", StaffGroup.NURSES, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        workforce.deleteTarget(t.getId());
        assertThat(workforce.targets("v8-test")).isEmpty();
    }

    private List<uk.nhs.dorset.primarycare.workforce.ProfileRow> all(ProfileFilter filter) {
        return workforce.search(filter, org.springframework.data.domain.Pageable.unpaged()).getContent();
    }

    /** A grid row sums the same figures from the stored lines as the profile does from its own. */
    @Test
    void theGridRowsShowTheProfilesOwnFigures() {
        SignIn.as(users, "manager");
        List<uk.nhs.dorset.primarycare.workforce.ProfileRow> rows = all(new ProfileFilter(null, null, null, WorkforceDemoData.BASELINE, null));
        assertThat(rows).hasSizeGreaterThan(10);
        for (var row : rows) {
            WorkforceProfile profile = workforce.get(row.id());
            assertThat(row.odsCode()).isEqualTo(profile.getOdsCode());
            assertThat(row.status()).isEqualTo(profile.getStatus());
            assertThat(row.label()).isEqualTo(profile.label());
            for (StaffGroup g : StaffGroup.values()) {
                assertThat(row.totals().fte(g)).as("%s %s FTE", row.odsCode(), g).isEqualTo(profile.groupFte(g));
                assertThat(row.totals().headcount(g)).as("%s %s headcount", row.odsCode(), g).isEqualTo(profile.groupHeadcount(g));
            }
            assertThat(row.totals().patientsPerGpFte()).isEqualTo(profile.patientsPerGpFte());
            assertThat(row.totals().patientsPerClinicalFte()).isEqualTo(profile.patientsPerClinicalFte());
        }
    }
}
