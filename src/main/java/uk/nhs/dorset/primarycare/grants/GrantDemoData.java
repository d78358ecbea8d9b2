package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.DemoLoader;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The three programmes as they stand at the programme review of October 2018: 2016/17 fully spent;
 * 2017/18 with a budget of £691,000, 32 schemes spent by the deadline as profiled (about £660,000,
 * most paid, some awaiting NHS England's payment) and two schemes that slipped past it, so about
 * £31,000 is forecast unspent; 2018/19 inviting bids before NHS England has confirmed its budget. Every
 * record is made through the grant services by the demo user who would have made it.
 */
@Component
class GrantDemoData extends DemoLoader {

    private static final String[] SCHEMES = {
        "Additional consulting room", "Disabled access ramp and automatic doors", "Waiting room refurbishment",
        "Treatment room upgrade", "Reception redesign for patient confidentiality", "Accessible patient toilet",
        "Loft conversion to administrative space", "Minor surgery room", "Training room for GP registrars",
        "Infection control flooring and clinical sinks", "Two-room extension for clinical staff",
        "Dispensary extension", "Air cooling for clinical rooms", "Conversion of garage to phlebotomy room",
        "Records room conversion to consulting rooms", "Hearing loop and accessible reception desk",
    };

    private static final byte[] QUOTE_PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final GrantProgrammeService programmes;
    private final GrantService grants;
    private final PracticeService practices;
    private final BigDecimal managerApprovalAbove;

    GrantDemoData(GrantProgrammeService programmes, GrantService grants, PracticeService practices,
                  StartUpUser users, ApplicationClock clock,
                  @Value("${hub.grants.manager-approval-above:100000}") BigDecimal managerApprovalAbove) {
        super(users, clock);
        this.programmes = programmes;
        this.grants = grants;
        this.practices = practices;
        this.managerApprovalAbove = managerApprovalAbove;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public boolean isLoaded() {
        return as("manager", LocalDate.of(2016, 4, 1), () -> !programmes.programmes().isEmpty());
    }

    @Override
    protected void loadAll() {
        List<Practice> open = as("team", LocalDate.of(2016, 4, 1), () -> practices.openPractices());
        if (open.isEmpty()) {
            return;
        }
        Random random = new Random(2017);
        int next = 0;

        GrantProgramme y2016 = programme(2016, new BigDecimal("612000"));
        List<BigDecimal> grants2016 = split(new BigDecimal("612000"), 27, random);
        for (int i = 0; i < grants2016.size(); i++) {
            GrantBid bid = approvedBid(open.get(next++ % open.size()), y2016, grants2016.get(i), i);
            LocalDate done = LocalDate.of(2017, 1, 10).plusDays(i * 2L);
            bid = works(bid, done);
            paid(bid, done.plusDays(20));
        }

        GrantProgramme y2017 = programme(2017, new BigDecimal("691000"));
        List<BigDecimal> grants2017 = split(new BigDecimal("660000"), 32, random);
        for (int i = 0; i < grants2017.size(); i++) {
            GrantBid bid = approvedBid(open.get(next++ % open.size()), y2017, grants2017.get(i), i);
            LocalDate done = LocalDate.of(2017, 11, 1).plusDays(i * 4L);
            bid = works(bid, done);
            if (i < 26) {
                paid(bid, done.plusDays(21));
            }
        }
        // Two schemes whose builders could not finish by the spend deadline: the profile of about
        // £660,000 leaves them out, so the forecast underspend is the papers' £31,000.
        List<BigDecimal> slipped = List.of(new BigDecimal("8600"), new BigDecimal("12400"));
        for (int i = 0; i < slipped.size(); i++) {
            GrantBid bid = approvedBid(open.get(next++ % open.size()), y2017, slipped.get(i), grants2017.size() + i);
            move(bid, "estates", LocalDate.of(2018, 2, 12), BidStatus.WORKS_IN_PROGRESS,
                    MoveRequest.of("Contractor on site; completion expected after 31 March"));
        }
        close(y2016, LocalDate.of(2017, 3, 31));
        close(y2017, LocalDate.of(2018, 1, 5));

        GrantProgramme y2018 = programme(2018, null);
        Practice orchid = open.stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElse(open.getFirst());
        draft(orchid, y2018, "Second consulting room for the nurse practitioner", new BigDecimal("38000"),
                "practice", LocalDate.of(2018, 1, 22));
        GrantBid orchidBid = draft(orchid, y2018, "Accessible entrance and automatic doors", new BigDecimal("21500"),
                "practice", LocalDate.of(2018, 1, 15));
        orchidBid = quote(orchidBid, "practice", LocalDate.of(2018, 1, 16));
        move(orchidBid, "practice", LocalDate.of(2018, 1, 17), BidStatus.SUBMITTED, MoveRequest.of("Two quotes attached"));
        for (int i = 0; i < 4; i++) {
            GrantBid bid = draft(open.get(next++ % open.size()), y2018, SCHEMES[(i * 5 + 3) % SCHEMES.length],
                    new BigDecimal(12000 + i * 7500), "team", LocalDate.of(2018, 1, 8).plusDays(i));
            if (i % 2 == 0) {
                bid = quote(bid, "team", LocalDate.of(2018, 1, 12).plusDays(i));
                bid = move(bid, "team", LocalDate.of(2018, 1, 12).plusDays(i), BidStatus.SUBMITTED, MoveRequest.none());
                if (i == 0) {
                    move(bid, "estates2", LocalDate.of(2018, 1, 29), BidStatus.UNDER_REVIEW, MoveRequest.none());
                }
            }
        }
    }

    /** Set up by the programme manager, open while its bids come in. */
    private GrantProgramme programme(int year, @Nullable BigDecimal budget) {
        FinancialYear financialYear = new FinancialYear(year);
        return as("manager", financialYear.firstDay(), () -> programmes.createProgramme(
                new ProgrammeForm(financialYear.toString(), budget, null, true, GrantRules.DIRECTIONS_2013)));
    }

    private void close(GrantProgramme programme, LocalDate on) {
        as("manager", on, () -> {
            GrantProgramme now = programmes.programme(programme.getId());
            return programmes.updateProgramme(now.getId(), now.getVersion(), new ProgrammeForm(now.getName(),
                    now.getBudget(), now.getSpendDeadline(), false, now.getRules()));
        });
    }

    /** Amounts summing to about the total, each a whole hundred pounds. */
    private static List<BigDecimal> split(BigDecimal total, int count, Random random) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.4 + random.nextDouble() * 1.6;
            sum += weights[i];
        }
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < count - 1; i++) {
            BigDecimal amount = total.multiply(BigDecimal.valueOf(weights[i] / sum)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(100));
            amounts.add(amount);
            running = running.add(amount);
        }
        amounts.add(total.subtract(running));
        return amounts;
    }

    private GrantBid draft(Practice practice, GrantProgramme programme, String title, BigDecimal grant, String by, LocalDate on) {
        BidForm form = new BidForm();
        form.setTitle(title);
        form.setDescription(title + " at " + practice.getName() + ", to see more patients in suitable rooms.");
        form.setSchemeType(title.contains("xtension") ? SchemeType.EXTENSION
                : title.contains("onversion") ? SchemeType.CONVERSION
                : title.contains("efurbishment") ? SchemeType.REFURBISHMENT : SchemeType.IMPROVEMENT);
        BigDecimal eligible = grant.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(66), 0, RoundingMode.HALF_UP);
        form.setEligibleCost(eligible);
        form.setTotalCost(eligible.multiply(new BigDecimal("1.1")).setScale(0, RoundingMode.HALF_UP));
        form.setGrantRate(new BigDecimal("66"));
        form.setRequestedOverride(grant);
        form.setOverrideReason("Grant as agreed with the practice, to the nearest hundred pounds");
        form.setTenure(grant.intValue() % 3 == 0 ? Tenure.FREEHOLD : Tenure.LEASEHOLD);
        form.setRentAbatementYears(grant.compareTo(new BigDecimal("30000")) > 0 ? 10 : 5);
        LocalDate year = programme.getFinancialYear().firstDay();
        form.setPlannedStart(year.plusMonths(6));
        form.setPlannedCompletion(year.plusMonths(10));
        return as(by, on, () -> grants.create(practice.getOdsCode(), programme.getId(), form));
    }

    private GrantBid approvedBid(Practice practice, GrantProgramme programme, BigDecimal grant, int index) {
        LocalDate start = programme.getFinancialYear().firstDay().plusDays(20 + index);
        GrantBid bid = draft(practice, programme, SCHEMES[index % SCHEMES.length], grant, "team", start.minusDays(30));
        bid = quote(bid, "team", start.minusDays(29));
        bid = move(bid, "team", start.minusDays(28), BidStatus.SUBMITTED, MoveRequest.none());
        // The second estates lead reviews, so that the first (or a manager, for a large grant) approves.
        bid = move(bid, "estates2", start.minusDays(20), BidStatus.UNDER_REVIEW, MoveRequest.none());
        return move(bid, grant.compareTo(managerApprovalAbove) > 0 ? "manager" : "estates", start, BidStatus.APPROVED,
                MoveRequest.of("Approved at the estates panel").with(BidStatus.APPROVED_GRANT, grant));
    }

    private GrantBid works(GrantBid bid, LocalDate completed) {
        GrantBid started = move(bid, "estates", completed.minusDays(40), BidStatus.WORKS_IN_PROGRESS,
                MoveRequest.of("Contractor on site"));
        GrantBid invoiced = as("estates", completed, () -> grants.addInvoice(started.getId(),
                "INV-" + (1000 + Math.abs(started.getTitle().hashCode() % 9000)), completed.minusDays(5),
                started.getApprovedGrant(), completed));
        return move(invoiced, "estates", completed.plusDays(3), BidStatus.EVIDENCE_SUBMITTED,
                MoveRequest.of("Paid invoices seen"));
    }

    private void paid(GrantBid bid, LocalDate on) {
        move(bid, "estates", on, BidStatus.PAID, MoveRequest.of("Paid by NHS England").with(BidStatus.PAYMENT_DATE, on));
    }

    private GrantBid move(GrantBid bid, String by, LocalDate on, BidStatus target, MoveRequest request) {
        return as(by, on, () -> grants.move(bid.getId(), bid.getVersion(), target, request));
    }

    private GrantBid quote(GrantBid bid, String by, LocalDate on) {
        return as(by, on, () -> grants.attach(bid.getId(), AttachmentKind.QUOTE, "Builder's quote.pdf", QUOTE_PDF));
    }
}
