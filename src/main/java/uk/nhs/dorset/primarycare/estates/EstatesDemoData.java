package uk.nhs.dorset.primarycare.estates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.DemoLoader;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The estates picture of the CCG's papers: the three ETTF projects as the October 2018 committee
 * paper reports them, Boscombe &amp; Springbourne and Blandford as the January 2018 programme
 * tracker shows them, and the tracker's four primary care feasibility studies. The estates lead
 * records each step through the ETTF service; where the papers give no date for a step, the
 * step carries the date of the paper that first reports it.
 */
@Component
class EstatesDemoData extends DemoLoader {

    private static final LocalDate TRACKER = LocalDate.of(2018, 1, 31);
    private static final LocalDate COMMITTEE = LocalDate.of(2018, 10, 1);
    private static final String ESTATES_LEAD = "estates";
    private static final String FROM_TRACKER = "As reported in the January 2018 programme tracker";
    private static final String CCG = "NHS Dorset CCG";

    private final EttfService projects;
    private final PracticeService practices;

    EstatesDemoData(EttfService projects, PracticeService practices, StartUpUser users, ApplicationClock clock) {
        super(users, clock);
        this.projects = projects;
        this.practices = practices;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public boolean isLoaded() {
        return as(ESTATES_LEAD, TRACKER, () -> projects.count(EttfFilter.all()) > 0);
    }

    @Override
    protected void loadAll() {
        wareham();
        carlisleHouse();
        parkstone();
        boscombe();
        blandford();
        feasibility("Panton Surgery, Gervis Road, Bournemouth", ProjectType.RELOCATION, List.of("J81072"), 75,
                "Two meetings with 2 potential landlords in next 2 weeks, study will be complete",
                "Sourcing capital and revenue and funding to get FBC completed");
        feasibility("West Moors (West Moors Surgery and The Village Surgery)", ProjectType.NEW_BUILD,
                List.of("J81022", "J81640"), 60,
                "Meeting with both practices end Jan undertaking options appraisal",
                "Sourcing capital and revenue and funding to get FBC completed");
        feasibility("Banks and Bearwood", ProjectType.REFURBISHMENT, List.of("J81070"), 25,
                "Receive results of landlord's feasibility study", null);
        feasibility("Kinson Road Surgery - Hyde Road", ProjectType.RELOCATION, List.of("J81045"), 40,
                "Options appraisal 18 Jan", "Revenue consequences and funding to get FBC completed");
    }

    private void wareham() {
        EttfProject p = start(TRACKER, new Project("Wareham Health Centre: new-build replacement", ProjectType.NEW_BUILD,
                LeadOrganisation.NHS_TRUST, "Dorset HealthCare University NHS Foundation Trust", List.of("J81011"))
                .revenue("To be confirmed in the Full Business Case")
                .rag(Rag.AMBER, "Complex multi-stakeholder project: emerging national guidelines on ETTF financial flows "
                        + "to be applied; a single development with the Community Hub is hoped for"));
        p = move(p, ProjectStage.PID_SUBMITTED, TRACKER, FROM_TRACKER);
        p = move(p, ProjectStage.PID_APPROVED, TRACKER, FROM_TRACKER);
        p = move(p, ProjectStage.PID_SUBMITTED, TRACKER, "Revised PID submitted to NHSE to reflect the changing scope of the Wareham Project");
        p = move(p, ProjectStage.PID_APPROVED, LocalDate.of(2018, 3, 31),
                "Revised Primary Care PID approved end of March 2018 to reflect the changing scope of the Wareham Project.");
        p = move(p, ProjectStage.OBC_IN_DEVELOPMENT, LocalDate.of(2018, 3, 31), "Outline Business Case for Wareham Hub led by Dorset HealthCare NHS FT (DHC)");
        p = issue(p, LocalDate.of(2018, 4, 17), "A very positive ETTF project review meeting took place on 17 April 2018 "
                + "(NHSE national ETTF Programme Lead, Regional and Wessex Area NHSE teams, CCG Primary Care). Project issues "
                + "and blockers were discussed in some detail and action plans agreed.", "CCG Primary Care");
        p = move(p, ProjectStage.OBC_SUBMITTED, LocalDate.of(2018, 8, 31),
                "Dorset HealthCare NHS FT (DHC) completed the Outline Business Case (OBC) for Wareham Hub in Summer 2018 "
                        + "and identified the preferred solution – new build on the middle school site.");
        p = move(p, ProjectStage.OBC_APPROVED, LocalDate.of(2018, 8, 31), "Preferred solution: new build on the middle school site");
        p = move(p, ProjectStage.FBC_IN_DEVELOPMENT, COMMITTEE, "The Full ETTF Business Case will now be developed.");
        p = plan(p, COMMITTEE, ProjectStage.FBC_SUBMITTED, LocalDate.of(2018, 12, 31));
        p = plan(p, COMMITTEE, ProjectStage.APPROVED, LocalDate.of(2018, 12, 31));
        p = plan(p, COMMITTEE, ProjectStage.CONSTRUCTION, LocalDate.of(2019, 3, 1));
        p = plan(p, COMMITTEE, ProjectStage.COMPLETE, LocalDate.of(2020, 3, 31));
        p = issue(p, COMMITTEE, "Emerging national guidelines on ETTF financial flows to be applied to this complex "
                + "multi-stakeholder project.", "CCG Primary Care");
        issue(p, COMMITTEE, "It is hoped that a single development project will be possible, ie incorporating both the "
                + "ETTF funded primary care component and the Community Hub.", "Dorset HealthCare NHS FT");
    }

    private void carlisleHouse() {
        EttfProject p = start(TRACKER, new Project("Carlisle House Surgery: relocation into new leased premises",
                ProjectType.RELOCATION, LeadOrganisation.CCG, CCG, List.of("J81052"))
                .rag(Rag.AMBER, "Awaiting the NHS England panel decision and the return of the tendered construction costs"));
        p = move(p, ProjectStage.PID_SUBMITTED, TRACKER, FROM_TRACKER);
        p = move(p, ProjectStage.PID_APPROVED, TRACKER, FROM_TRACKER);
        p = plan(p, TRACKER, ProjectStage.APPROVED, LocalDate.of(2018, 6, 30));
        p = move(p, ProjectStage.COMBINED_CASE_SUBMITTED, LocalDate.of(2018, 7, 23),
                "The combined OBC/FBC was submitted to NHSE for consideration at Panel on 23 July 2018.");
        p = move(p, ProjectStage.NHSE_PANEL, LocalDate.of(2018, 7, 23),
                "Subject to Panel approval and following the return of the tendered construction costs a final report "
                        + "will be presented to this committee in Autumn 2018.");
        p = plan(p, COMMITTEE, ProjectStage.CONSTRUCTION, LocalDate.of(2018, 11, 30));
        p = plan(p, COMMITTEE, ProjectStage.COMPLETE, LocalDate.of(2019, 3, 31));
        issue(p, COMMITTEE, "Tendered construction costs to be returned before the final report to committee (Autumn 2018).",
                "CCG Primary Care");
    }

    private void parkstone() {
        EttfProject p = start(LocalDate.of(2017, 10, 1), new Project("Parkstone Health Centre: refurbishment",
                ProjectType.REFURBISHMENT, LeadOrganisation.CCG, "NHS Dorset CCG; landlord NHS Property Services",
                List.of("J81012")).rag(Rag.GREEN, null));
        p = move(p, ProjectStage.PID_SUBMITTED, LocalDate.of(2017, 10, 31), "PID approval still awaited from NHSE, submitted in Oct");
        p = move(p, ProjectStage.PID_APPROVED, LocalDate.of(2018, 3, 1),
                "A revised PID, created to reflect the changing scope of this project, was approved by NHSE Wessex Area team on the 1 March 2018");
        p = move(p, ProjectStage.OBC_IN_DEVELOPMENT, LocalDate.of(2018, 3, 1), "Recorded with the revised PID; the papers report no separate OBC dates");
        p = move(p, ProjectStage.OBC_SUBMITTED, LocalDate.of(2018, 3, 1), "Recorded with the revised PID");
        p = move(p, ProjectStage.OBC_APPROVED, LocalDate.of(2018, 3, 1), "Recorded with the revised PID");
        p = move(p, ProjectStage.FBC_IN_DEVELOPMENT, LocalDate.of(2018, 3, 1),
                "The detailed schedule of works is now being developed for agreement with the landlord (NHSPS)");
        p = issue(p, LocalDate.of(2018, 3, 1), "Detailed schedule of works to be agreed with the landlord (NHSPS).", "CCG Primary Care");
        p = plan(p, LocalDate.of(2018, 3, 1), ProjectStage.FBC_SUBMITTED, LocalDate.of(2018, 10, 31));
        p = move(p, ProjectStage.FBC_SUBMITTED, COMMITTEE,
                "The Full Business Case is in development and it is anticipated that it will be presented to this Committee in October 2018");
        p = plan(p, COMMITTEE, ProjectStage.CONSTRUCTION, LocalDate.of(2018, 11, 1));
        plan(p, COMMITTEE, ProjectStage.COMPLETE, LocalDate.of(2019, 3, 31));
    }

    private void boscombe() {
        EttfProject p = start(TRACKER, new Project("Boscombe & Springbourne", ProjectType.NEW_BUILD, LeadOrganisation.CCG, CCG,
                List.of()));
        move(p, ProjectStage.CLOSED, TRACKER, "Closed. " + FROM_TRACKER);
    }

    private void blandford() {
        Long northDorset = as(ESTATES_LEAD, TRACKER, () -> practices.localities()).stream()
                .filter(l -> l.getName().equals("North Dorset")).map(Locality::getId).findFirst().orElse(null);
        EttfProject p = start(TRACKER, new Project("Blandford", ProjectType.NEW_BUILD, LeadOrganisation.CCG, CCG, List.of())
                .locality(northDorset).rag(Rag.RED, "On the shelf - Capital to be secured - OBC ready"));
        p = move(p, ProjectStage.PID_SUBMITTED, TRACKER, FROM_TRACKER);
        p = move(p, ProjectStage.PID_APPROVED, TRACKER, FROM_TRACKER);
        p = move(p, ProjectStage.OBC_IN_DEVELOPMENT, TRACKER, "OBC ready");
        p = move(p, ProjectStage.ON_HOLD, TRACKER, "On the shelf - Capital to be secured - OBC ready");
        issue(p, TRACKER, "Capital to be secured", "CCG Primary Care");
    }

    private void feasibility(String name, ProjectType type, List<String> odsCodes, int percent, String nextSteps,
                             @Nullable String blocker) {
        Project project = new Project(name, type, LeadOrganisation.CCG, CCG, odsCodes).feasibility(percent, nextSteps);
        EttfProject p = start(TRACKER, blocker == null ? project : project.rag(Rag.AMBER, blocker));
        if (blocker != null) {
            issue(p, TRACKER, blocker, "CCG Primary Care");
        }
    }

    /** The details a project starts with, its locality that of its first practice unless given. */
    private record Project(String name, ProjectType type, LeadOrganisation lead, String leadName, List<String> odsCodes,
                           @Nullable Long localityId, @Nullable String revenueBorneBy, Rag rag, @Nullable String ragReason,
                           @Nullable Integer feasibilityPercent, @Nullable String nextSteps) {

        Project(String name, ProjectType type, LeadOrganisation lead, String leadName, List<String> odsCodes) {
            this(name, type, lead, leadName, odsCodes, null, null, Rag.GREEN, null, null, null);
        }

        Project revenue(String borneBy) {
            return new Project(name, type, lead, leadName, odsCodes, localityId, borneBy, rag, ragReason, feasibilityPercent, nextSteps);
        }

        Project rag(Rag newRag, @Nullable String reason) {
            return new Project(name, type, lead, leadName, odsCodes, localityId, revenueBorneBy, newRag, reason, feasibilityPercent, nextSteps);
        }

        Project locality(@Nullable Long id) {
            return new Project(name, type, lead, leadName, odsCodes, id, revenueBorneBy, rag, ragReason, feasibilityPercent, nextSteps);
        }

        Project feasibility(int percent, String steps) {
            return new Project(name, type, lead, leadName, odsCodes, localityId, revenueBorneBy, rag, ragReason, percent, steps);
        }
    }

    private EttfProject start(LocalDate on, Project p) {
        return as(ESTATES_LEAD, on, () -> {
            Long locality = p.localityId() != null ? p.localityId() : p.odsCodes().stream()
                    .map(code -> practices.find(code).map(Practice::getLocality).orElse(null))
                    .filter(Objects::nonNull).map(Locality::getId).findFirst().orElse(null);
            return projects.create(new ProjectDetails(p.name(), p.type(), p.lead(), p.leadName(), locality, p.odsCodes(),
                    null, null, null, p.revenueBorneBy(), null, p.rag(), p.ragReason(), p.feasibilityPercent(),
                    p.nextSteps()));
        });
    }

    private EttfProject move(EttfProject p, ProjectStage to, LocalDate on, String note) {
        return as(ESTATES_LEAD, on, () -> projects.move(p.getId(), p.getVersion(), to, MoveRequest.of(note)));
    }

    private EttfProject plan(EttfProject p, LocalDate on, ProjectStage stage, LocalDate planned) {
        return as(ESTATES_LEAD, on, () -> projects.planStage(p.getId(), p.getVersion(), stage, planned));
    }

    private EttfProject issue(EttfProject p, LocalDate on, String description, String owner) {
        return as(ESTATES_LEAD, on, () -> projects.logIssue(p.getId(), p.getVersion(), description, owner));
    }
}
