package uk.nhs.dorset.primarycare.estates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.dorset.primarycare.estates.ProjectStage.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

class EttfProjectTest {

    private static final Instant NOW = Instant.parse("2018-10-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2018, 10, 1);
    private static final Actor ESTATES_LEAD = Actor.of("estates", Role.ESTATES);
    /** Sends cases to the panel, so that the lead who records the panel's approval is a second person. */
    private static final Actor PANEL_RECOMMENDER = Actor.of("estates2", Role.ESTATES);
    private static final List<ProjectStage> MAIN_ROUTE = List.of(PID_SUBMITTED, PID_APPROVED, OBC_IN_DEVELOPMENT,
            OBC_SUBMITTED, OBC_APPROVED, FBC_IN_DEVELOPMENT, FBC_SUBMITTED, NHSE_PANEL, APPROVED, CONSTRUCTION, COMPLETE);

    /** Written out by hand from the pipeline rules, independently of the enum's table. */
    private static final Map<ProjectStage, Set<ProjectStage>> ESTATES_MAY = new EnumMap<>(Map.ofEntries(
            Map.entry(FEASIBILITY, EnumSet.of(PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(PID_SUBMITTED, EnumSet.of(PID_APPROVED, ON_HOLD, CLOSED)),
            Map.entry(PID_APPROVED, EnumSet.of(OBC_IN_DEVELOPMENT, COMBINED_CASE_SUBMITTED, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(OBC_IN_DEVELOPMENT, EnumSet.of(OBC_SUBMITTED, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(OBC_SUBMITTED, EnumSet.of(OBC_APPROVED, OBC_IN_DEVELOPMENT, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(OBC_APPROVED, EnumSet.of(FBC_IN_DEVELOPMENT, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(FBC_IN_DEVELOPMENT, EnumSet.of(FBC_SUBMITTED, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(FBC_SUBMITTED, EnumSet.of(NHSE_PANEL, FBC_IN_DEVELOPMENT, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(COMBINED_CASE_SUBMITTED, EnumSet.of(NHSE_PANEL, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(NHSE_PANEL, EnumSet.of(APPROVED, FBC_IN_DEVELOPMENT, CLOSED, PID_SUBMITTED, ON_HOLD)),
            Map.entry(APPROVED, EnumSet.of(CONSTRUCTION, PID_SUBMITTED, ON_HOLD, CLOSED)),
            Map.entry(CONSTRUCTION, EnumSet.of(COMPLETE, ON_HOLD, CLOSED)),
            Map.entry(COMPLETE, EnumSet.noneOf(ProjectStage.class)),
            // held from OBC approved: back there, or closed; nowhere else
            Map.entry(ON_HOLD, EnumSet.of(OBC_APPROVED, CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(ProjectStage.class))));

    private static final Map<ProjectStage, Set<ProjectStage>> MANAGER_MAY = Map.of(
            NHSE_PANEL, EnumSet.of(APPROVED, FBC_IN_DEVELOPMENT, CLOSED));

    static EttfProject projectAt(ProjectStage stage) {
        EttfProject project = new EttfProject("Test project", ProjectType.NEW_BUILD, LeadOrganisation.CCG, Actor.of("team", Role.TEAM), NOW);
        List<ProjectStage> path = switch (stage) {
            case FEASIBILITY -> List.of();
            case COMBINED_CASE_SUBMITTED -> List.of(PID_SUBMITTED, PID_APPROVED, COMBINED_CASE_SUBMITTED);
            case ON_HOLD -> List.of(PID_SUBMITTED, PID_APPROVED, OBC_IN_DEVELOPMENT, OBC_SUBMITTED, OBC_APPROVED, ON_HOLD);
            case CLOSED -> List.of(CLOSED);
            default -> MAIN_ROUTE.subList(0, MAIN_ROUTE.indexOf(stage) + 1);
        };
        path.forEach(s -> project.move(s, new Move(s == NHSE_PANEL ? PANEL_RECOMMENDER : ESTATES_LEAD, NOW, "step to " + s)));
        assertThat(project.getStage()).isEqualTo(stage);
        return project;
    }

    @Test
    void everyMoveIsAllowedOrRefusedPerRoleExactlyAsThePipelineSays() {
        int checked = 0;
        for (Role role : Role.values()) {
            Actor actor = role == Role.PRACTICE ? Actor.practiceManager("pm", "J81002") : Actor.of(role.name().toLowerCase(), role);
            for (ProjectStage from : ProjectStage.values()) {
                Set<ProjectStage> expected = switch (role) {
                    case ESTATES -> ESTATES_MAY.get(from);
                    case MANAGER -> MANAGER_MAY.getOrDefault(from, Set.of());
                    default -> Set.of();
                };
                assertThat(projectAt(from).allowedNext(actor)).as("%s from %s", role, from).isEqualTo(expected);
                for (ProjectStage to : ProjectStage.values()) {
                    EttfProject project = projectAt(from);
                    int historyBefore = project.getHistory().size();
                    if (expected.contains(to)) {
                        project.move(to, new Move(actor, NOW, "because"));
                        assertThat(project.getStage()).as("%s moves %s -> %s", role, from, to).isEqualTo(to);
                        assertThat(project.getHistory()).hasSize(historyBefore + 1);
                    } else {
                        assertThatThrownBy(() -> project.move(to, new Move(actor, NOW, "because")))
                                .as("%s refused %s -> %s", role, from, to)
                                .isInstanceOf(TransitionNotAllowed.class);
                        assertThat(project.getStage()).isEqualTo(from);
                        assertThat(project.getHistory()).hasSize(historyBefore);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * ProjectStage.values().length * ProjectStage.values().length);
    }

    @Test
    void revisedPidNeedsAReasonAndKeepsEveryEarlierStageRecord() {
        EttfProject project = projectAt(OBC_SUBMITTED);
        List<ProjectStage> before = project.getStageRecords().stream().map(StageRecord::getStage).toList();

        assertThatThrownBy(() -> project.move(PID_SUBMITTED, new Move(ESTATES_LEAD, NOW, " ")))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("reason");
        project.move(PID_SUBMITTED, new Move(ESTATES_LEAD, NOW, "Scope now includes the community hub"));

        assertThat(project.getStage()).isEqualTo(PID_SUBMITTED);
        assertThat(project.getStageRecords()).hasSize(before.size() + 1);
        assertThat(project.getStageRecords().subList(0, before.size())).extracting(StageRecord::getStage).isEqualTo(before);
        assertThat(project.getStageRecords().getLast().getStage()).isEqualTo(PID_SUBMITTED);
        assertThat(project.getStageRecords().getLast().getNotes()).isEqualTo("Revised PID: Scope now includes the community hub");
        StageRecord left = project.getStageRecords().get(before.size() - 1);
        assertThat(left.getStage()).isEqualTo(OBC_SUBMITTED);
        assertThat(left.getDecision()).isEqualTo("Revised PID");
        assertThat(left.getDecidedBy()).isEqualTo("estates");
        assertThat(project.getHistory().getLast().getComment()).contains("community hub");
        // and the project can go round again
        project.move(PID_APPROVED, new Move(ESTATES_LEAD, NOW, null));
        assertThat(project.getStageRecords().stream().filter(r -> r.getStage() == PID_APPROVED)).hasSize(2);
    }

    @Test
    void revisedPidIsRefusedOnceBuildingHasStarted() {
        EttfProject project = projectAt(CONSTRUCTION);
        assertThatThrownBy(() -> project.move(PID_SUBMITTED, new Move(ESTATES_LEAD, NOW, "scope")))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("before construction");
    }

    @Test
    void onHoldResumesOnlyToTheStageItLeft() {
        EttfProject project = projectAt(FBC_IN_DEVELOPMENT);
        assertThatThrownBy(() -> project.move(ON_HOLD, new Move(ESTATES_LEAD, NOW, ""))).hasMessageContaining("why");
        project.move(ON_HOLD, new Move(ESTATES_LEAD, NOW, "Capital to be secured"));
        assertThat(project.getHeldFrom()).isEqualTo(FBC_IN_DEVELOPMENT);
        assertThat(project.stageLabel()).isEqualTo("On hold (from FBC in development)");
        assertThat(project.allowedNext(ESTATES_LEAD)).containsExactlyInAnyOrder(FBC_IN_DEVELOPMENT, CLOSED);

        for (ProjectStage other : EnumSet.complementOf(EnumSet.of(FBC_IN_DEVELOPMENT, CLOSED))) {
            assertThatThrownBy(() -> project.move(other, new Move(ESTATES_LEAD, NOW, "try"))).as(other.name())
                    .isInstanceOf(TransitionNotAllowed.class);
        }
        assertThatThrownBy(() -> project.move(OBC_APPROVED, new Move(ESTATES_LEAD, NOW, null)))
                .hasMessage("A project on hold resumes at the stage it left (FBC in development), not OBC approved");

        project.move(FBC_IN_DEVELOPMENT, new Move(ESTATES_LEAD, NOW, "Capital secured"));
        assertThat(project.getStage()).isEqualTo(FBC_IN_DEVELOPMENT);
        assertThat(project.getHeldFrom()).isNull();
        assertThat(project.getStageRecords()).extracting(StageRecord::getStage)
                .endsWith(FBC_IN_DEVELOPMENT, ON_HOLD, FBC_IN_DEVELOPMENT);
    }

    @Test
    void whoeverSentTheCaseToThePanelCannotRecordItsApprovalAnotherLeadCan() {
        EttfProject project = projectAt(FBC_SUBMITTED);
        project.move(NHSE_PANEL, new Move(ESTATES_LEAD, NOW, "Recommended for approval"));
        assertThatThrownBy(() -> project.move(APPROVED, new Move(ESTATES_LEAD, NOW, "Approved at panel")))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> assertThat(refused.reasons()).containsExactly(
                        "You sent this project to the NHS England panel, so another estates lead or a manager must record the panel's approval"));
        assertThat(project.getStage()).isEqualTo(NHSE_PANEL);
        assertThat(project.signOffNotice(ESTATES_LEAD)).isPresent();
        assertThat(project.signOffNotice(PANEL_RECOMMENDER)).isEmpty();

        project.move(APPROVED, new Move(PANEL_RECOMMENDER, NOW, "Approved at panel"));
        assertThat(project.getStage()).isEqualTo(APPROVED);
        assertThat(project.getHistory()).extracting(c -> c.getToStatus() + " by " + c.getChangedBy())
                .endsWith("NHSE_PANEL by estates", "APPROVED by estates2");
    }

    @Test
    void theRecommenderMayStillRecordThePanelTurningTheCaseDown() {
        EttfProject project = projectAt(FBC_SUBMITTED);
        project.move(NHSE_PANEL, new Move(ESTATES_LEAD, NOW, "Recommended for approval"));
        project.move(FBC_IN_DEVELOPMENT, new Move(ESTATES_LEAD, NOW, "Panel asked for a revised FBC"));
        assertThat(project.getStage()).isEqualTo(FBC_IN_DEVELOPMENT);
    }

    @Test
    void combinedRouteGoesFromApprovedPidStraightToPanel() {
        EttfProject project = projectAt(PID_APPROVED);
        project.move(COMBINED_CASE_SUBMITTED, new Move(ESTATES_LEAD, NOW, "Combined OBC/FBC submitted"));
        assertThat(project.allowedNext(ESTATES_LEAD)).contains(NHSE_PANEL).doesNotContain(OBC_SUBMITTED, FBC_SUBMITTED);
        project.move(NHSE_PANEL, new Move(ESTATES_LEAD, NOW, null));
        project.move(APPROVED, new Move(Actor.of("manager", Role.MANAGER), NOW, "Approved at panel"));
        assertThat(project.getStageRecords()).extracting(StageRecord::getStage)
                .containsExactly(FEASIBILITY, PID_SUBMITTED, PID_APPROVED, COMBINED_CASE_SUBMITTED, NHSE_PANEL, APPROVED);
        StageRecord panel = project.getStageRecords().get(4);
        assertThat(panel.getDecision()).isEqualTo("Approved by panel");
        assertThat(panel.getDecidedBy()).isEqualTo("manager");
    }

    @Test
    void closedIsTerminalAndKeepsItsReason() {
        EttfProject project = projectAt(OBC_IN_DEVELOPMENT);
        assertThatThrownBy(() -> project.move(CLOSED, new Move(ESTATES_LEAD, NOW, null))).hasMessageContaining("reason");
        project.move(CLOSED, new Move(ESTATES_LEAD, NOW, "Scheme withdrawn"));
        assertThat(project.getClosedReason()).isEqualTo("Scheme withdrawn");
        assertThat(project.allowedNext(ESTATES_LEAD)).isEmpty();
        assertThat(CLOSED.isTerminal()).isTrue();
        for (ProjectStage any : ProjectStage.values()) {
            assertThatThrownBy(() -> project.move(any, new Move(ESTATES_LEAD, NOW, "again"))).isInstanceOf(TransitionNotAllowed.class);
        }
        assertThatThrownBy(() -> project.planStage(APPROVED, TODAY)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void plannedStagesGiveTheNextMilestoneAndOverdueOnlyWhenPassedWithoutActual() {
        EttfProject project = projectAt(FBC_IN_DEVELOPMENT);
        assertThat(project.nextMilestone()).isEmpty();
        project.planStage(CONSTRUCTION, LocalDate.of(2019, 3, 1));
        project.planStage(FBC_SUBMITTED, LocalDate.of(2018, 12, 1));
        assertThat(project.nextMilestone()).get().extracting(StageRecord::getStage).isEqualTo(FBC_SUBMITTED);
        assertThat(project.daysToNextMilestone(TODAY)).contains(61L);
        assertThat(project.isOverdue(TODAY)).isFalse();
        assertThat(project.isOverdue(LocalDate.of(2018, 12, 2))).isTrue();
        assertThat(project.daysToNextMilestone(LocalDate.of(2018, 12, 2))).contains(-1L);

        project.move(FBC_SUBMITTED, new Move(ESTATES_LEAD, Instant.parse("2018-12-03T09:00:00Z"), null));
        StageRecord reached = project.getStageRecords().stream().filter(r -> r.getStage() == FBC_SUBMITTED).findFirst().orElseThrow();
        assertThat(reached.getPlannedDate()).isEqualTo(LocalDate.of(2018, 12, 1));
        assertThat(reached.getActualDate()).isEqualTo(LocalDate.of(2018, 12, 3));
        assertThat(project.nextMilestone()).get().extracting(StageRecord::getStage).isEqualTo(CONSTRUCTION);
        assertThat(project.isOverdue(LocalDate.of(2018, 12, 3))).isFalse();

        project.move(ON_HOLD, new Move(ESTATES_LEAD, NOW, "Capital to be secured"));
        assertThat(project.nextMilestone()).as("nothing is due while on the shelf").isEmpty();
    }

    @Test
    void redNeedsAReasonAndMoneyIsChecked() {
        EttfProject project = projectAt(FEASIBILITY);
        assertThatThrownBy(() -> project.setRag(Rag.RED, " ")).hasMessage("A red RAG status needs a reason");
        project.setRag(Rag.RED, "Capital not secured");
        assertThat(project.getRag()).isEqualTo(Rag.RED);
        project.setRag(Rag.GREEN, null);
        assertThat(project.getRagReason()).isNull();
        ProjectDetails now = ProjectDetails.of(project);
        // The field rules are the details' constraints, checked before anything reaches the project.
        assertThatThrownBy(() -> new ProjectDetails(now.name(), now.type(), now.leadOrganisation(), null, null, List.of(),
                new BigDecimal("-1"), null, null, null, null, now.rag(), null, null, null).validate()).hasMessageContaining("Capital value");
        assertThatThrownBy(() -> project.setMoney(new BigDecimal("100"), new BigDecimal("200"), null, null))
                .hasMessageContaining("ETTF share");
        assertThatThrownBy(() -> new ProjectDetails(now.name(), now.type(), now.leadOrganisation(), null, null, List.of(),
                null, null, null, null, null, now.rag(), null, 101, null).validate()).hasMessageContaining("0 to 100");
        assertThat(project.getProgrammeEndDate()).isEqualTo(LocalDate.of(2020, 3, 31));
    }

    @Test
    void aStageIsEnteredOnTheDayOfTheMoveInLondon() {
        EttfProject project = projectAt(FEASIBILITY);
        project.move(PID_SUBMITTED, new Move(ESTATES_LEAD, Instant.parse("2018-06-30T23:30:00Z"), null));
        assertThat(project.currentRecord().orElseThrow().getActualDate()).isEqualTo(LocalDate.of(2018, 7, 1));
    }

    @Test
    void theTableWordsEachMoveAndMarksTheOnesThatStopAProject() {
        assertThat(FEASIBILITY.action(PID_SUBMITTED)).isEqualTo("Move to PID submitted");
        assertThat(OBC_APPROVED.action(PID_SUBMITTED)).isEqualTo("Revised PID");
        assertThat(NHSE_PANEL.action(APPROVED)).isEqualTo("Panel approved");
        assertThat(NHSE_PANEL.action(FBC_IN_DEVELOPMENT)).isEqualTo("Panel refused: rework FBC");
        assertThat(NHSE_PANEL.action(CLOSED)).isEqualTo("Panel refused: close");
        assertThat(ON_HOLD.action(OBC_APPROVED)).isEqualTo("Resume at OBC approved");
        assertThat(FBC_SUBMITTED.action(FBC_IN_DEVELOPMENT)).isEqualTo("Return for rework");
        assertThat(NHSE_PANEL.isRefusal(FBC_IN_DEVELOPMENT)).isTrue();
        assertThat(NHSE_PANEL.isRefusal(CLOSED)).isTrue();
        assertThat(OBC_APPROVED.isRefusal(ON_HOLD)).isTrue();
        assertThat(NHSE_PANEL.isRefusal(APPROVED)).isFalse();
        assertThat(FBC_SUBMITTED.isRefusal(FBC_IN_DEVELOPMENT)).isFalse();
        assertThat(OBC_APPROVED.needsReason(PID_SUBMITTED)).isTrue();
        assertThat(FEASIBILITY.needsReason(PID_SUBMITTED)).isFalse();
    }

    @Test
    void aRevisedPidAfterTheTableRefusesItStillSaysWhyAndTheHistoryKeepsItsReason() {
        EttfProject project = projectAt(OBC_APPROVED);
        project.move(PID_SUBMITTED, new Move(ESTATES_LEAD, NOW, "Scope grew"));
        assertThat(project.getHistory().getLast().getComment()).isEqualTo("Scope grew");
        assertThat(project.lastChange().getFromStatus()).isEqualTo("OBC_APPROVED");
    }

    @Test
    void aRevisedPidWhoseCommentWouldOverfillTheStageNotesIsRefusedSayingHowLong() {
        EttfProject project = projectAt(OBC_APPROVED);
        int before = project.getHistory().size();
        assertThatThrownBy(() -> project.move(PID_SUBMITTED, new Move(ESTATES_LEAD, NOW, "s".repeat(1995))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The notes of the PID submitted stage can be at most 2,000 characters; with this comment they would have 2,008");
        assertThat(project.getHistory()).hasSize(before);
        assertThat(project.getStage()).isEqualTo(OBC_APPROVED);
    }
}
