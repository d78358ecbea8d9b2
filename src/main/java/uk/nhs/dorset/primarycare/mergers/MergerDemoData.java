package uk.nhs.dorset.primarycare.mergers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.DemoLoader;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * Demo merger cases drawn from the CCG's papers: the resilience case study (a very challenged
 * practice's 3,500-patient list merged into its neighbour in a few months with NHS England
 * support) as a completed case recorded on the practice records, the West Moors options
 * appraisal as an open case, and a handful more across the lifecycle.
 */
@Component
class MergerDemoData extends DemoLoader {

    private static final String TEAM = "team";
    private static final String MANAGER = "manager";

    private final MergerService mergers;
    private final PracticeService practices;
    /** The day the case being built was first recorded. */
    private LocalDate openedOn = LocalDate.of(2017, 4, 1);

    MergerDemoData(MergerService mergers, PracticeService practices, StartUpUser users, ApplicationClock clock) {
        super(users, clock);
        this.mergers = mergers;
        this.practices = practices;
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public boolean isLoaded() {
        return as(TEAM, LocalDate.of(2017, 4, 1), () -> mergers.count(MergerFilter.none()) > 0);
    }

    @Override
    protected void loadAll() {
        caseStudy();
        westMoors();
        otherCases();
    }

    private void otherCases() {
        open(build("Charmouth and Lyme Bay: shared workforce", MergerReason.WORKFORCE,
                List.of(party("J81628", ContractType.GMS, null, false), party("J81647", ContractType.GMS, null, true)),
                LocalDate.of(2018, 10, 1), "2018-03-05", d -> {
                    d.setVulnerabilityEvidence("Charmouth cannot recruit a salaried GP; both practices already share a nurse practitioner.");
                    d.setCaseNotes("First conversation with both practice managers at the locality meeting.");
                }));

        MergerCase poole = open(build("Poole Town Surgery and Dr Newman", MergerReason.SUSTAINABILITY_AT_SCALE,
                List.of(party("J81648", ContractType.PMS, null, false), party("J81064", ContractType.GMS, null, true)),
                LocalDate.of(2018, 9, 1), "2017-12-04", d -> {
                    d.setVulnerabilityEvidence("Single-handed practice sharing premises with Poole Town Surgery; the GP plans to retire within two years.");
                    d.setFundingAmount(new BigDecimal("12000"));
                    d.setFundingSource(FundingSource.CCG);
                    d.setMergerPackIssuedOn(LocalDate.of(2018, 1, 15));
                }));
        poole = move(poole, MergerStatus.ADVISORY_REVIEW, TEAM, "2018-01-08", "Merger advisory group: merger is the practices' preferred option");
        poole = move(poole, MergerStatus.SUPPORT_AGREED, TEAM, "2018-02-12", "CCG funding for legal and HR advice agreed");

        MergerCase yetminster = open(build("Yetminster and The Apples", MergerReason.CQC_RATING,
                List.of(party("J81017", ContractType.GMS, null, false), party("J81029", ContractType.GMS, null, true)),
                LocalDate.of(2018, 10, 1), "2017-11-06", d -> {
                    d.setVulnerabilityEvidence("CQC rated Yetminster 'requires improvement' for well-led; partners want the support of a larger practice.");
                    d.setFundingAmount(new BigDecimal("20000"));
                    d.setFundingSource(FundingSource.NHSE_GPRP);
                    d.setMergerPackIssuedOn(LocalDate.of(2017, 12, 1));
                    d.setLegalSupport(true);
                    d.setEngagementEvents(1);
                    d.setActions(actions(ActionStatus.COMPLETE, ActionStatus.NOT_NEEDED, ActionStatus.IN_PROGRESS,
                            ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, LocalDate.of(2018, 6, 30)));
                }));
        yetminster = move(yetminster, MergerStatus.ADVISORY_REVIEW, TEAM, "2017-11-20", null);
        yetminster = move(yetminster, MergerStatus.SUPPORT_AGREED, TEAM, "2017-12-18", "NHS England resilience funding confirmed");
        yetminster = move(yetminster, MergerStatus.DUE_DILIGENCE, TEAM, "2018-01-22", "Due diligence started; patient event booked");

        MergerCase dorchester = open(build("Fordington and Prince of Wales, Dorchester", MergerReason.SUSTAINABILITY_AT_SCALE,
                List.of(party("J81626", ContractType.GMS, null, false), party("J81637", ContractType.GMS, null, true)),
                LocalDate.of(2018, 7, 1), "2017-09-04", d -> {
                    d.setVulnerabilityEvidence("Two small Dorchester practices planning to work at scale from one site.");
                    d.setFundingAmount(new BigDecimal("15000"));
                    d.setFundingSource(FundingSource.CCG);
                    d.setMergerPackIssuedOn(LocalDate.of(2017, 10, 2));
                    d.setEngagementEvents(2);
                    d.setLettersSentOn(LocalDate.of(2018, 3, 1));
                    d.setRiskStratifiedOn(LocalDate.of(2018, 3, 20));
                    d.setEngagementNotes("Two patient drop-in events; letters to every household.");
                    d.setPcseNotifiedOn(LocalDate.of(2018, 4, 6));
                    d.setActions(actions(ActionStatus.COMPLETE, ActionStatus.NOT_NEEDED, ActionStatus.COMPLETE,
                            ActionStatus.COMPLETE, ActionStatus.NOT_NEEDED, ActionStatus.COMPLETE, LocalDate.of(2018, 3, 31)));
                }));
        dorchester = move(dorchester, MergerStatus.ADVISORY_REVIEW, TEAM, "2017-09-18", null);
        dorchester = move(dorchester, MergerStatus.SUPPORT_AGREED, TEAM, "2017-10-02", null);
        dorchester = move(dorchester, MergerStatus.DUE_DILIGENCE, TEAM, "2017-11-13", null);
        dorchester = move(dorchester, MergerStatus.APPLICATION, TEAM, "2018-04-09", "Application to the primary care commissioning committee");

        MergerCase weymouth = open(build("Cross Road and Dorchester Road, Weymouth", MergerReason.PARTNER_RETIREMENT,
                List.of(party("J81075", ContractType.PMS, null, false), party("J81613", ContractType.GMS, null, true)),
                LocalDate.of(2018, 10, 1), "2017-10-02", d -> {
                    d.setVulnerabilityEvidence("Two of Cross Road's three partners retire in 2018.");
                    d.setFundingAmount(new BigDecimal("18000"));
                    d.setFundingSource(FundingSource.NHSE_GPRP);
                    d.setLegalSupport(true);
                    d.setEngagementEvents(1);
                    d.setLettersSentOn(LocalDate.of(2018, 5, 1));
                    d.setRiskStratifiedOn(LocalDate.of(2018, 5, 14));
                    d.setPcseNotifiedOn(LocalDate.of(2018, 6, 1));
                    d.setActions(actions(ActionStatus.COMPLETE, ActionStatus.NOT_NEEDED, ActionStatus.COMPLETE,
                            ActionStatus.COMPLETE, ActionStatus.COMPLETE, ActionStatus.COMPLETE, LocalDate.of(2018, 5, 31)));
                }));
        weymouth = move(weymouth, MergerStatus.ADVISORY_REVIEW, TEAM, "2017-10-16", null);
        weymouth = move(weymouth, MergerStatus.SUPPORT_AGREED, TEAM, "2017-11-13", null);
        weymouth = move(weymouth, MergerStatus.DUE_DILIGENCE, TEAM, "2018-01-08", null);
        weymouth = move(weymouth, MergerStatus.APPLICATION, TEAM, "2018-06-04", null);
        weymouth = move(weymouth, MergerStatus.APPROVED, MANAGER, "2018-06-21", "Approved by the primary care commissioning committee");

        MergerCase christchurch = open(build("Farmhouse Surgery and Christchurch Medical Practice", MergerReason.SUSTAINABILITY_AT_SCALE,
                List.of(party("J81057", ContractType.PMS, null, false), party("J81056", ContractType.GMS, null, true)),
                LocalDate.of(2018, 4, 1), "2017-06-05", d -> {
                    d.setVulnerabilityEvidence("Co-located practices exploring a single contract.");
                    d.setMergerPackIssuedOn(LocalDate.of(2017, 7, 3));
                    d.setPcseNotifiedOn(LocalDate.of(2018, 1, 8));
                    d.setActions(actions(ActionStatus.COMPLETE, ActionStatus.NOT_NEEDED, ActionStatus.NOT_NEEDED,
                            ActionStatus.COMPLETE, ActionStatus.NOT_NEEDED, ActionStatus.COMPLETE, LocalDate.of(2017, 12, 31)));
                }));
        christchurch = move(christchurch, MergerStatus.ADVISORY_REVIEW, TEAM, "2017-06-19", null);
        christchurch = move(christchurch, MergerStatus.SUPPORT_AGREED, TEAM, "2017-07-03", null);
        christchurch = move(christchurch, MergerStatus.DUE_DILIGENCE, TEAM, "2017-09-04", null);
        christchurch = move(christchurch, MergerStatus.APPLICATION, TEAM, "2018-01-08", null);
        christchurch = move(christchurch, MergerStatus.DECLINED, MANAGER, "2018-01-25",
                "Declined: the patient engagement did not show how access at the Farmhouse site would be kept");

        MergerCase cerne = open(build("Cerne Abbas and Poundbury", MergerReason.PARTNER_RETIREMENT,
                List.of(party("J81053", ContractType.GMS, null, false), party("J81082", ContractType.GMS, null, true)),
                LocalDate.of(2018, 4, 1), "2017-08-07", d ->
                        d.setVulnerabilityEvidence("Senior partner retiring; no successor identified at the time.")));
        cerne = move(cerne, MergerStatus.ADVISORY_REVIEW, TEAM, "2017-08-21", null);
        cerne = move(cerne, MergerStatus.WITHDRAWN, TEAM, "2017-10-09", "A new partner was recruited; the practice stays independent");
    }

    /** The 2017/18 resilience case study, completed and recorded on the practice records. */
    private void caseStudy() {
        MergerCase c = open(build("Resilience case study: Bere Regis into The Wellbridge Practice", MergerReason.RESILIENCE,
                List.of(party("J81020", ContractType.GMS, 3500, false), party("J81025", ContractType.GMS, null, true)),
                LocalDate.of(2017, 10, 1), "2017-05-08", d -> {
                    d.setVulnerabilityEvidence("A very challenged practice: detailed clinical evaluation and managerial review found business and "
                            + "clinical risks that could not be resolved alone. An early decision was made that a merger with the neighbouring "
                            + "practice was the only real option for a controlled migration of patients and reduction in risk to both.");
                    d.setFundingAmount(new BigDecimal("45000"));
                    d.setFundingSource(FundingSource.NHSE_GPRP);
                    d.setMergerPackIssuedOn(LocalDate.of(2017, 5, 22));
                    d.setLegalSupport(true);
                    d.setExpertSupport("Clinical and managerial leadership to produce an outline and detailed plan for continuing provision to the practice's patient list.");
                    d.setEngagementEvents(3);
                    d.setLettersSentOn(LocalDate.of(2017, 7, 3));
                    d.setRiskStratifiedOn(LocalDate.of(2017, 7, 17));
                    d.setEngagementNotes("Patients were risk stratified and supported through clinics, individual appointments or wider practice-level engagement events.");
                    d.setPcseNotifiedOn(LocalDate.of(2017, 7, 31));
                    d.setCaseNotes("NHS England provided financial support to both the practice facing resilience challenges and the neighbouring practice. "
                            + "The 3,500-patient list merged within a few months. Practices chosen as a real neighbouring pair in Purbeck to illustrate the case study.");
                    d.setActions(actions(ActionStatus.COMPLETE, ActionStatus.COMPLETE, ActionStatus.COMPLETE,
                            ActionStatus.COMPLETE, ActionStatus.COMPLETE, ActionStatus.COMPLETE, LocalDate.of(2017, 8, 31)));
                }));
        c = move(c, MergerStatus.ADVISORY_REVIEW, TEAM, "2017-05-10", "Merger advisory group met both practices");
        c = move(c, MergerStatus.SUPPORT_AGREED, TEAM, "2017-05-22", "NHS England resilience support for both practices");
        c = move(c, MergerStatus.DUE_DILIGENCE, TEAM, "2017-06-05", null);
        c = move(c, MergerStatus.APPLICATION, TEAM, "2017-08-01", null);
        c = move(c, MergerStatus.APPROVED, MANAGER, "2017-08-17", "Approved by the primary care commissioning committee");
        c = move(c, MergerStatus.COMPLETED, TEAM, "2017-10-02", "Lists merged on 01/10/2017");
    }

    /**
     * West Moors: the options appraisal for West Moors Surgery and The Village Surgery. The
     * reference data has the Village Medical Practice, West Moors (J81640) closed since July 2017,
     * so the nearest open practice, The Barcellos Family Practice in Ferndown, stands in for it.
     */
    private void westMoors() {
        MergerCase c = open(build("West Moors options appraisal", MergerReason.PARTNER_RETIREMENT,
                List.of(party("J81022", ContractType.GMS, null, true), party("J81621", ContractType.PMS, null, false)),
                LocalDate.of(2018, 10, 1), "2017-11-27", d -> {
                    d.setVulnerabilityEvidence("A GP retirement in West Moors means primary care services must be reprovided; a group of patients "
                            + "is informing the commissioning approach.");
                    d.setEngagementEvents(2);
                    d.setEngagementNotes("Active engagement of the local population through the West Moors patient group.");
                    d.setCaseNotes("Meeting with both practices end of January undertaking the options appraisal; sourcing capital and revenue "
                            + "funding to complete the full business case. The Village Surgery (J81640 Village Medical Practice, West Moors) is "
                            + "recorded closed in the reference data from " + Formats.date(LocalDate.of(2017, 7, 31))
                            + ", so The Barcellos Family Practice (J81621), the nearest open practice, stands in for it here.");
                }));
        c = move(c, MergerStatus.ADVISORY_REVIEW, TEAM, "2018-01-29", "Options appraisal with both practices");
    }

    /** The case as the team first records it, with the details it holds by the end of its story. */
    private MergerDetails build(String title, MergerReason reason, List<MergerParty> parties, LocalDate proposed, String opened,
                                Consumer<MergerDetails> more) {
        MergerDetails d = new MergerDetails();
        d.setTitle(title);
        d.setReason(reason);
        d.setProposedMergerDate(proposed);
        d.setParties(parties);
        more.accept(d);
        openedOn = LocalDate.parse(opened);
        return d;
    }

    private MergerCase open(MergerDetails details) {
        return as(TEAM, openedOn, () -> mergers.create(details));
    }

    private MergerParty party(String odsCode, ContractType contract, @Nullable Integer listSizeAtTheTime, boolean continuing) {
        Practice p = as(TEAM, LocalDate.of(2017, 4, 1), () -> practices.get(odsCode));
        return new MergerParty(p.getOdsCode(), p.getName(), contract, listSizeAtTheTime != null ? listSizeAtTheTime : p.getListSize(), continuing);
    }

    private static List<ActionPlanItem> actions(ActionStatus diagnostic, ActionStatus rapid, ActionStatus specialist,
                                                ActionStatus management, ActionStatus coaching, ActionStatus workforce, LocalDate due) {
        ActionStatus[] statuses = {diagnostic, rapid, specialist, management, coaching, workforce};
        String[] owners = {"Clinical lead", "Locality lead", "Merger advisory group", "Practice manager", "GP mentor", "Workforce redesign lead"};
        List<ActionPlanItem> items = new ArrayList<>();
        for (ActionArea area : ActionArea.values()) {
            items.add(new ActionPlanItem(area, owners[area.ordinal()], due, statuses[area.ordinal()], null));
        }
        return items;
    }

    private MergerCase move(MergerCase c, MergerStatus target, String by, String date, @Nullable String comment) {
        return as(by, LocalDate.parse(date), () -> mergers.move(c.getId(), c.getVersion(), target, MoveRequest.of(comment)));
    }
}
