package uk.nhs.dorset.primarycare.estates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.DemoData;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The estates picture of the CCG's papers: the three ETTF projects as the October 2018 committee
 * paper reports them, Boscombe &amp; Springbourne and Blandford as the January 2018 programme
 * tracker shows them, and the tracker's four primary care feasibility studies. Where the papers
 * give no date for a step, the step carries the date of the paper that first reports it.
 */
@Component
class EstatesDemoData implements DemoData {

    private static final LocalDate TRACKER = LocalDate.of(2018, 1, 31);
    private static final LocalDate COMMITTEE = LocalDate.of(2018, 10, 1);
    private static final Actor ESTATES_LEAD = Actor.of("estates", Role.ESTATES);
    private static final String FROM_TRACKER = "As reported in the January 2018 programme tracker";

    private final EttfProjectRepository projects;
    private final PracticeService practiceService;
    private final StartUpUser startUpUser;

    EstatesDemoData(EttfProjectRepository projects, PracticeService practiceService, StartUpUser startUpUser) {
        this.projects = projects;
        this.practiceService = practiceService;
        this.startUpUser = startUpUser;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    @Transactional
    public void load() {
        if (projects.count() > 0) {
            return;
        }
        startUpUser.runAs(Role.ESTATES, this::loadPipeline);
    }

    private void loadPipeline() {
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
        EttfProject p = start("Wareham Health Centre: new-build replacement", ProjectType.NEW_BUILD,
                LeadOrganisation.NHS_TRUST, "Dorset HealthCare University NHS Foundation Trust", List.of("J81011"), TRACKER);
        p.setMoney(null, null, null, "To be confirmed in the Full Business Case");
        p.setRag(Rag.AMBER, "Complex multi-stakeholder project: emerging national guidelines on ETTF financial flows "
                + "to be applied; a single development with the Community Hub is hoped for");
        move(p, ProjectStage.PID_SUBMITTED, TRACKER, FROM_TRACKER);
        move(p, ProjectStage.PID_APPROVED, TRACKER, FROM_TRACKER);
        move(p, ProjectStage.PID_SUBMITTED, TRACKER, "Revised PID submitted to NHSE to reflect the changing scope of the Wareham Project");
        move(p, ProjectStage.PID_APPROVED, LocalDate.of(2018, 3, 31),
                "Revised Primary Care PID approved end of March 2018 to reflect the changing scope of the Wareham Project.");
        move(p, ProjectStage.OBC_IN_DEVELOPMENT, LocalDate.of(2018, 3, 31), "Outline Business Case for Wareham Hub led by Dorset HealthCare NHS FT (DHC)");
        move(p, ProjectStage.OBC_SUBMITTED, LocalDate.of(2018, 8, 31),
                "Dorset HealthCare NHS FT (DHC) completed the Outline Business Case (OBC) for Wareham Hub in Summer 2018 "
                        + "and identified the preferred solution – new build on the middle school site.");
        move(p, ProjectStage.OBC_APPROVED, LocalDate.of(2018, 8, 31), "Preferred solution: new build on the middle school site");
        move(p, ProjectStage.FBC_IN_DEVELOPMENT, COMMITTEE, "The Full ETTF Business Case will now be developed.");
        p.planStage(ProjectStage.FBC_SUBMITTED, LocalDate.of(2018, 12, 31));
        p.planStage(ProjectStage.APPROVED, LocalDate.of(2018, 12, 31));
        p.planStage(ProjectStage.CONSTRUCTION, LocalDate.of(2019, 3, 1));
        p.planStage(ProjectStage.COMPLETE, LocalDate.of(2020, 3, 31));
        p.logIssue(LocalDate.of(2018, 4, 17), "A very positive ETTF project review meeting took place on 17 April 2018 "
                + "(NHSE national ETTF Programme Lead, Regional and Wessex Area NHSE teams, CCG Primary Care). Project issues "
                + "and blockers were discussed in some detail and action plans agreed.", "CCG Primary Care");
        p.logIssue(COMMITTEE, "Emerging national guidelines on ETTF financial flows to be applied to this complex "
                + "multi-stakeholder project.", "CCG Primary Care");
        p.logIssue(COMMITTEE, "It is hoped that a single development project will be possible, ie incorporating both the "
                + "ETTF funded primary care component and the Community Hub.", "Dorset HealthCare NHS FT");
        projects.save(p);
    }

    private void carlisleHouse() {
        EttfProject p = start("Carlisle House Surgery: relocation into new leased premises", ProjectType.RELOCATION,
                LeadOrganisation.CCG, "NHS Dorset CCG", List.of("J81052"), TRACKER);
        p.setRag(Rag.AMBER, "Awaiting the NHS England panel decision and the return of the tendered construction costs");
        move(p, ProjectStage.PID_SUBMITTED, TRACKER, FROM_TRACKER);
        move(p, ProjectStage.PID_APPROVED, TRACKER, FROM_TRACKER);
        p.planStage(ProjectStage.APPROVED, LocalDate.of(2018, 6, 30));
        move(p, ProjectStage.COMBINED_CASE_SUBMITTED, LocalDate.of(2018, 7, 23),
                "The combined OBC/FBC was submitted to NHSE for consideration at Panel on 23 July 2018.");
        move(p, ProjectStage.NHSE_PANEL, LocalDate.of(2018, 7, 23),
                "Subject to Panel approval and following the return of the tendered construction costs a final report "
                        + "will be presented to this committee in Autumn 2018.");
        p.planStage(ProjectStage.CONSTRUCTION, LocalDate.of(2018, 11, 30));
        p.planStage(ProjectStage.COMPLETE, LocalDate.of(2019, 3, 31));
        p.logIssue(COMMITTEE, "Tendered construction costs to be returned before the final report to committee (Autumn 2018).",
                "CCG Primary Care");
        projects.save(p);
    }

    private void parkstone() {
        EttfProject p = start("Parkstone Health Centre: refurbishment", ProjectType.REFURBISHMENT,
                LeadOrganisation.CCG, "NHS Dorset CCG; landlord NHS Property Services", List.of("J81012"),
                LocalDate.of(2017, 10, 1));
        p.setRag(Rag.GREEN, null);
        move(p, ProjectStage.PID_SUBMITTED, LocalDate.of(2017, 10, 31), "PID approval still awaited from NHSE, submitted in Oct");
        move(p, ProjectStage.PID_APPROVED, LocalDate.of(2018, 3, 1),
                "A revised PID, created to reflect the changing scope of this project, was approved by NHSE Wessex Area team on the 1 March 2018");
        move(p, ProjectStage.OBC_IN_DEVELOPMENT, LocalDate.of(2018, 3, 1), "Recorded with the revised PID; the papers report no separate OBC dates");
        move(p, ProjectStage.OBC_SUBMITTED, LocalDate.of(2018, 3, 1), "Recorded with the revised PID");
        move(p, ProjectStage.OBC_APPROVED, LocalDate.of(2018, 3, 1), "Recorded with the revised PID");
        move(p, ProjectStage.FBC_IN_DEVELOPMENT, LocalDate.of(2018, 3, 1),
                "The detailed schedule of works is now being developed for agreement with the landlord (NHSPS)");
        p.planStage(ProjectStage.FBC_SUBMITTED, LocalDate.of(2018, 10, 31));
        move(p, ProjectStage.FBC_SUBMITTED, COMMITTEE,
                "The Full Business Case is in development and it is anticipated that it will be presented to this Committee in October 2018");
        p.planStage(ProjectStage.CONSTRUCTION, LocalDate.of(2018, 11, 1));
        p.planStage(ProjectStage.COMPLETE, LocalDate.of(2019, 3, 31));
        p.logIssue(LocalDate.of(2018, 3, 1), "Detailed schedule of works to be agreed with the landlord (NHSPS).", "CCG Primary Care");
        projects.save(p);
    }

    private void boscombe() {
        EttfProject p = start("Boscombe & Springbourne", ProjectType.NEW_BUILD, LeadOrganisation.CCG, "NHS Dorset CCG",
                List.of(), TRACKER);
        move(p, ProjectStage.CLOSED, TRACKER, "Closed. " + FROM_TRACKER);
        projects.save(p);
    }

    private void blandford() {
        EttfProject p = start("Blandford", ProjectType.NEW_BUILD, LeadOrganisation.CCG, "NHS Dorset CCG", List.of(), TRACKER);
        practiceService.localities().stream().filter(l -> l.getName().equals("North Dorset")).findFirst().ifPresent(p::setLocality);
        p.setRag(Rag.RED, "On the shelf - Capital to be secured - OBC ready");
        move(p, ProjectStage.PID_SUBMITTED, TRACKER, FROM_TRACKER);
        move(p, ProjectStage.PID_APPROVED, TRACKER, FROM_TRACKER);
        move(p, ProjectStage.OBC_IN_DEVELOPMENT, TRACKER, "OBC ready");
        move(p, ProjectStage.ON_HOLD, TRACKER, "On the shelf - Capital to be secured - OBC ready");
        p.logIssue(TRACKER, "Capital to be secured", "CCG Primary Care");
        projects.save(p);
    }

    private void feasibility(String name, ProjectType type, List<String> odsCodes, int percent, String nextSteps,
                             @Nullable String blocker) {
        EttfProject p = start(name, type, LeadOrganisation.CCG, "NHS Dorset CCG", odsCodes, TRACKER);
        p.setFeasibility(percent, nextSteps);
        if (blocker != null) {
            p.setRag(Rag.AMBER, blocker);
            p.logIssue(TRACKER, blocker, "CCG Primary Care");
        }
        projects.save(p);
    }

    private EttfProject start(String name, ProjectType type, LeadOrganisation lead, @Nullable String leadName,
                              List<String> odsCodes, LocalDate started) {
        EttfProject p = new EttfProject(name, type, lead, ESTATES_LEAD, instant(started));
        p.setLead(lead, leadName);
        Set<Practice> practices = new LinkedHashSet<>();
        for (String code : odsCodes) {
            practiceService.find(code).ifPresent(practices::add);
        }
        p.setPractices(practices);
        Optional<Locality> locality = practices.stream().map(Practice::getLocality).filter(l -> l != null).findFirst();
        locality.ifPresent(p::setLocality);
        return p;
    }

    private static void move(EttfProject p, ProjectStage to, LocalDate on, String note) {
        p.move(to, new Move(ESTATES_LEAD, instant(on), note));
    }

    private static java.time.Instant instant(LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
