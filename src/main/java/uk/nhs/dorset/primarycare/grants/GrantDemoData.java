package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.DemoData;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The three programmes as the CCG's papers describe them in early 2018: 2016/17 fully spent;
 * 2017/18 with £691,000 over 32 approved schemes profiled to about £660,000 and about half the
 * works evidenced; 2018/19 inviting bids before NHS England has confirmed its budget.
 */
@Component
class GrantDemoData implements DemoData {

    private static final String[] SCHEMES = {
        "Additional consulting room", "Disabled access ramp and automatic doors", "Waiting room refurbishment",
        "Treatment room upgrade", "Reception redesign for patient confidentiality", "Accessible patient toilet",
        "Loft conversion to administrative space", "Minor surgery room", "Training room for GP registrars",
        "Infection control flooring and clinical sinks", "Two-room extension for clinical staff",
        "Dispensary extension", "Air cooling for clinical rooms", "Conversion of garage to phlebotomy room",
        "Records room conversion to consulting rooms", "Hearing loop and accessible reception desk",
    };

    private static final Actor TEAM = Actor.of("team", Role.TEAM);
    private static final Actor ESTATES = Actor.of("estates", Role.ESTATES);

    private final GrantProgrammeRepository programmes;
    private final GrantBidRepository bids;
    private final StoredFiles files;
    private final PracticeService practices;
    private final TransactionTemplate transactions;
    private final StartUpUser startUpUser;

    GrantDemoData(GrantProgrammeRepository programmes, GrantBidRepository bids, StoredFiles files,
                  PracticeService practices, TransactionTemplate transactions, StartUpUser startUpUser) {
        this.programmes = programmes;
        this.bids = bids;
        this.files = files;
        this.practices = practices;
        this.startUpUser = startUpUser;
        this.transactions = transactions;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void load() {
        if (programmes.count() > 0) {
            return;
        }
        startUpUser.runAs(Role.TEAM, () -> transactions.executeWithoutResult(tx -> loadAll()));
    }

    private void loadAll() {
        List<Practice> open = practices.openPractices();
        if (open.isEmpty()) {
            return;
        }
        Random random = new Random(2017);
        int next = 0;

        GrantProgramme y2016 = programme(2016, new BigDecimal("612000"));
        List<BigDecimal> grants2016 = split(new BigDecimal("612000"), 27, random);
        BigDecimal committed = BigDecimal.ZERO;
        for (int i = 0; i < grants2016.size(); i++) {
            Practice practice = open.get(next++ % open.size());
            GrantBid bid = approvedBid(practice, y2016, grants2016.get(i), i, committed);
            committed = committed.add(bid.getApprovedGrant());
            LocalDate done = LocalDate.of(2017, 1, 10).plusDays(i * 2L);
            works(bid, done);
            bid.move(BidStatus.PAID, new Move(ESTATES, at(done.plusDays(20)), "Paid by NHS England").with(BidStatus.PAYMENT_DATE, done.plusDays(20)));
            bids.save(bid);
        }

        GrantProgramme y2017 = programme(2017, new BigDecimal("691000"));
        List<BigDecimal> grants2017 = split(new BigDecimal("660000"), 32, random);
        committed = BigDecimal.ZERO;
        for (int i = 0; i < grants2017.size(); i++) {
            Practice practice = open.get(next++ % open.size());
            GrantBid bid = approvedBid(practice, y2017, grants2017.get(i), i, committed);
            committed = committed.add(bid.getApprovedGrant());
            LocalDate done = LocalDate.of(2017, 11, 1).plusDays(i * 3L);
            if (i < 16) {
                works(bid, done);
                if (i < 6) {
                    bid.move(BidStatus.PAID, new Move(ESTATES, at(done.plusDays(21)), "Paid by NHS England").with(BidStatus.PAYMENT_DATE, done.plusDays(21)));
                }
            } else if (i < 28) {
                bid.move(BidStatus.WORKS_IN_PROGRESS, new Move(ESTATES, at(LocalDate.of(2017, 10, 2).plusDays(i)), "Contractor on site"));
            }
            bids.save(bid);
        }

        y2016.setOpenForBids(false);
        y2017.setOpenForBids(false);

        GrantProgramme y2018 = programme(2018, null);
        Practice orchid = open.stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElse(open.getFirst());
        Actor practiceManager = Actor.practiceManager("practice", orchid.getOdsCode());
        GrantBid orchidDraft = draft(orchid, y2018, "Second consulting room for the nurse practitioner", new BigDecimal("38000"),
                practiceManager, LocalDate.of(2018, 1, 22));
        bids.save(orchidDraft);
        GrantBid orchidSubmitted = draft(orchid, y2018, "Accessible entrance and automatic doors", new BigDecimal("21500"),
                practiceManager, LocalDate.of(2018, 1, 15));
        quote(orchidSubmitted, practiceManager, LocalDate.of(2018, 1, 16));
        orchidSubmitted.move(BidStatus.SUBMITTED, new Move(practiceManager, at(LocalDate.of(2018, 1, 17)), "Two quotes attached"));
        bids.save(orchidSubmitted);
        for (int i = 0; i < 4; i++) {
            Practice practice = open.get(next++ % open.size());
            GrantBid bid = draft(practice, y2018, SCHEMES[(i * 5 + 3) % SCHEMES.length],
                    new BigDecimal(12000 + i * 7500), TEAM, LocalDate.of(2018, 1, 8).plusDays(i));
            if (i % 2 == 0) {
                quote(bid, TEAM, LocalDate.of(2018, 1, 12).plusDays(i));
                bid.move(BidStatus.SUBMITTED, new Move(TEAM, at(LocalDate.of(2018, 1, 12).plusDays(i)), null));
                if (i == 0) {
                    bid.move(BidStatus.UNDER_REVIEW, new Move(ESTATES, at(LocalDate.of(2018, 1, 29)), null));
                }
            }
            bids.save(bid);
        }
    }

    /** Open while its bids are created; the past years close once their bids are in. */
    private GrantProgramme programme(int year, @Nullable BigDecimal budget) {
        GrantProgramme programme = new GrantProgramme(new FinancialYear(year), budget, GrantRules.DIRECTIONS_2013);
        programme.setOpenForBids(true);
        return programmes.save(programme);
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

    private GrantBid draft(Practice practice, GrantProgramme programme, String title, BigDecimal grant, Actor by, LocalDate on) {
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
        GrantBid bid = new GrantBid(practice, programme, form, by, at(on));
        return bid;
    }

    private GrantBid approvedBid(Practice practice, GrantProgramme programme, BigDecimal grant, int index, BigDecimal committed) {
        LocalDate start = programme.getFinancialYear().firstDay().plusDays(20 + index);
        GrantBid bid = draft(practice, programme, SCHEMES[index % SCHEMES.length], grant, TEAM, start.minusDays(30));
        quote(bid, TEAM, start.minusDays(29));
        bid.move(BidStatus.SUBMITTED, new Move(TEAM, at(start.minusDays(28)), null));
        bid.move(BidStatus.UNDER_REVIEW, new Move(ESTATES, at(start.minusDays(20)), null));
        bid.move(BidStatus.APPROVED, new Move(ESTATES, at(start), "Approved at the estates panel")
                .with(BidStatus.APPROVED_GRANT, grant)
                .with(GrantBid.LEFT_IN_PROGRAMME, programme.getBudget().subtract(committed)));
        return bid;
    }

    private void works(GrantBid bid, LocalDate completed) {
        bid.move(BidStatus.WORKS_IN_PROGRESS, new Move(ESTATES, at(completed.minusDays(40)), "Contractor on site"));
        bid.addInvoice("INV-" + (1000 + Math.abs(bid.getTitle().hashCode() % 9000)), completed.minusDays(5),
                bid.getApprovedGrant(), completed);
        bid.move(BidStatus.EVIDENCE_SUBMITTED, new Move(ESTATES, at(completed.plusDays(3)), "Paid invoices seen"));
    }

    private void quote(GrantBid bid, Actor by, LocalDate on) {
        byte[] pdf = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        bid.addAttachment(AttachmentKind.QUOTE,
                files.keep(GrantService.FILES_FOLDER, "Builder's quote.pdf", pdf, StoredFiles.MAX_BYTES, by.username(), at(on)));
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
