package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Grant bids waiting for the signed-in user: reviews and payments for estates, changes for bidders. */
@Component
class GrantWorkQueue implements WorkQueue {

    /** The bids a programme without a confirmed budget holds up: in, but not approvable. */
    static final Set<BidStatus> AWAITING_APPROVAL = EnumSet.of(BidStatus.SUBMITTED, BidStatus.UNDER_REVIEW);

    /** The most bids one section of the queue lists. */
    private static final int CAP = 20;
    private static final String RESUBMIT = "Make the changes asked for and resubmit";

    /** The bids in one status waiting for one action; of one practice only when {@code odsCode} is given. */
    private record Section(BidStatus status, @Nullable String odsCode, String waiting) {
    }

    private final EntityManager entities;

    GrantWorkQueue(EntityManager entities) {
        this.entities = entities;
    }

    /** The queue's order: the budget lines first, then these, each by bid. */
    private static List<Section> sections(Actor actor) {
        List<Section> sections = new ArrayList<>();
        if (actor.hasAny(EnumSet.of(Role.ESTATES, Role.MANAGER))) {
            sections.add(new Section(BidStatus.SUBMITTED, null, "Start the review"));
            sections.add(new Section(BidStatus.UNDER_REVIEW, null, "Approve, reject or return"));
            sections.add(new Section(BidStatus.EVIDENCE_SUBMITTED, null, "Check the evidence and record the payment"));
        }
        if (actor.has(Role.TEAM)) {
            sections.add(new Section(BidStatus.RETURNED, null, RESUBMIT));
        }
        if (actor.isPracticeScoped() && actor.practiceOdsCode() != null) {
            sections.add(new Section(BidStatus.RETURNED, actor.practiceOdsCode(), RESUBMIT));
            sections.add(new Section(BidStatus.DRAFT, actor.practiceOdsCode(), "Finish the draft and submit it"));
        }
        return sections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = budgetLines(actor);
        for (Section section : sections(actor)) {
            items.addAll(read(List.of(section), CAP));
        }
        return items;
    }

    @Override
    @Transactional(readOnly = true)
    public Waiting first(Actor actor, int limit) {
        List<QueueItem> first = budgetLines(actor);
        int count = first.size();
        if (first.size() > limit) {
            first = new ArrayList<>(first.subList(0, limit));
        }
        List<Section> sections = sections(actor);
        // The sections of the whole programme, then the practice's own: each group counted in one statement.
        for (List<Section> scope : List.of(sections.stream().filter(s -> s.odsCode() == null).toList(),
                sections.stream().filter(s -> s.odsCode() != null).toList())) {
            if (scope.isEmpty()) {
                continue;
            }
            Map<BidStatus, Long> counts = counts(scope);
            int inScope = scope.stream().mapToInt(s -> (int) Math.min(counts.getOrDefault(s.status(), 0L), CAP)).sum();
            count += inScope;
            int wanted = Math.min(inScope, limit - first.size());
            if (wanted > 0) {
                // No more than a section's cap is wanted, so the first bids by section and id are the sections' first ones.
                first.addAll(read(scope, wanted));
            }
        }
        return new Waiting(count, List.copyOf(first));
    }

    /** One line per programme whose unconfirmed budget holds bids up ("2018/19: 3 bids waiting for a confirmed budget"). */
    private List<QueueItem> budgetLines(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        if (!actor.hasAny(EnumSet.of(Role.ESTATES, Role.MANAGER))) {
            return items;
        }
        // The few programmes without a budget first, then each one's waiting bids counted on the index
        // by programme and status: not every submitted bid in the country joined to its programme.
        List<Object[]> held = entities.createQuery("""
                select g.financialYearStart,
                       (select count(b) from GrantBid b where b.programme = g and b.status in :awaiting)
                from GrantProgramme g where g.budget is null order by g.financialYearStart desc""", Object[].class)
                .setParameter("awaiting", AWAITING_APPROVAL).getResultList();
        for (Object[] row : held) {
            long waiting = (Long) row[1];
            if (waiting == 0) {
                continue;
            }
            String name = new FinancialYear((Integer) row[0]).toString();
            items.add(new QueueItem("Grant programme", name + ": " + waiting + (waiting == 1 ? " bid" : " bids")
                    + " waiting for a confirmed budget", "Confirm the programme's budget so the bids can be approved",
                    "grants?programme=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        }
        return items;
    }

    private Map<BidStatus, Long> counts(List<Section> scope) {
        String ods = scope.getFirst().odsCode();
        TypedQuery<Object[]> query = entities.createQuery("select b.status, count(b) from GrantBid b where b.status in :statuses"
                + (ods == null ? "" : " and b.practice.odsCode = :ods") + " group by b.status", Object[].class)
                .setParameter("statuses", scope.stream().map(Section::status).toList());
        if (ods != null) {
            query.setParameter("ods", ods);
        }
        Map<BidStatus, Long> counts = new EnumMap<>(BidStatus.class);
        query.getResultList().forEach(r -> counts.put((BidStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** The first bids of sections of one scope, by section and then bid, as the items show them. */
    private List<QueueItem> read(List<Section> scope, int limit) {
        String ods = scope.getFirst().odsCode();
        String order = IntStream.range(0, scope.size()).mapToObj(i -> "when :s" + i + " then " + i)
                .collect(Collectors.joining(" ", "case b.status ", " end"));
        TypedQuery<Object[]> query = entities.createQuery("select b.id, p.odsCode, b.title, b.status from GrantBid b join b.practice p"
                + " where b.status in :statuses" + (ods == null ? "" : " and p.odsCode = :ods")
                + " order by " + order + ", b.id", Object[].class)
                .setParameter("statuses", scope.stream().map(Section::status).toList())
                .setMaxResults(limit);
        for (int i = 0; i < scope.size(); i++) {
            query.setParameter("s" + i, scope.get(i).status());
        }
        if (ods != null) {
            query.setParameter("ods", ods);
        }
        Map<BidStatus, String> waiting = new EnumMap<>(BidStatus.class);
        scope.forEach(s -> waiting.put(s.status(), s.waiting()));
        return query.getResultList().stream().map(r -> new QueueItem(GrantBid.KIND, GrantBid.label((String) r[1], (String) r[2]),
                waiting.get((BidStatus) r[3]), GrantBid.link((Long) r[0]))).toList();
    }
}
