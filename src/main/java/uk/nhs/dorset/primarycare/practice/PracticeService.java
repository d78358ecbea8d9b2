package uk.nhs.dorset.primarycare.practice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.audit.AuditRevision;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/**
 * The practice feature's public API. A practice manager sees only their own practice: asking
 * for another one gives "not found", exactly as for a code that does not exist.
 */
@Service
public class PracticeService {

    private final PracticeRepository practices;
    private final LocalityRepository localities;
    private final PcnRepository pcns;
    private final ClusterTable clusters;
    private final CurrentActor currentUser;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    PracticeService(PracticeRepository practices, LocalityRepository localities, PcnRepository pcns,
                    ClusterTable clusters, CurrentActor currentUser, Clock clock) {
        this.practices = practices;
        this.localities = localities;
        this.pcns = pcns;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page of the practices the filter selects, limited to the user's own practice for a
     * practice manager, as rows of exactly what the grid shows: one statement, no entity. Not
     * counted: the grid asks {@link #count} once.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Slice<PracticeRow> search(PracticeFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, Sort.by("name"));
        return Paging.slice(rows(filter, sorted.getSort()), sorted);
    }

    /**
     * The practices the filter selects in this order, as {@link PracticeRow}s. Locality, PCN and
     * merged-into practice are outer joins (a practice may have none), which keeps practice
     * first in the join order: a page is read along practice's own index for its order.
     */
    private TypedQuery<PracticeRow> rows(PracticeFilter filter, Sort sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<PracticeRow> query = cb.createQuery(PracticeRow.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Locality> locality = practice.join("locality", JoinType.LEFT);
        Join<Practice, Pcn> pcn = practice.join("pcn", JoinType.LEFT);
        Join<Practice, Practice> mergedInto = practice.join("mergedInto", JoinType.LEFT);
        query.select(cb.construct(PracticeRow.class, practice.get("id"), practice.get("odsCode"), practice.get("name"),
                locality.get("name"), locality.get("cluster"), pcn.get("name"), practice.get("listSize"), practice.get("cqcRating"),
                practice.get("cqcRatingDate"), practice.get("status"), mergedInto.get("odsCode"), practice.get("vulnerable"),
                practice.get("resilienceProgramme"), practice.get("contractType"), practice.get("postcode")));
        Predicate where = specification(filter).toPredicate(practice, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(Paging.unique(sort), practice, cb));
        return entityManager.createQuery(query);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(PracticeFilter filter) {
        return practices.count(specification(filter));
    }

    /** Count and total list size of what the filter selects, computed by the database. */
    @PermitAll
    @Transactional(readOnly = true)
    public PracticeTotals totals(PracticeFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Practice> root = query.from(Practice.class);
        query.multiselect(cb.count(root), cb.sum(root.<Integer>get("listSize")));
        query.where(specification(filter).toPredicate(root, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        Number listSize = (Number) row.get(1);
        return new PracticeTotals(((Number) row.get(0)).longValue(), listSize == null ? 0 : listSize.longValue());
    }

    /**
     * Every practice the filter selects, for an export: read a page at a time as the stream is
     * consumed, so a large export never holds the whole table in memory.
     */
    @PermitAll
    public Stream<PracticeRow> streamAll(PracticeFilter filter, Sort sort) {
        Sort order = sort.isSorted() ? sort : Sort.by("name");
        Iterator<PracticeRow> rows = new Iterator<>() {
            private Slice<PracticeRow> page = search(filter, PageRequest.of(0, EXPORT_PAGE, order));
            private Iterator<PracticeRow> current = page.iterator();

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && page.hasNext()) {
                    page = search(filter, page.nextPageable());
                    current = page.iterator();
                }
                return current.hasNext();
            }

            @Override
            public PracticeRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final int EXPORT_PAGE = 500;

    private Specification<Practice> specification(PracticeFilter filter) {
        Actor actor = currentUser.actor();
        return PracticeSpecifications.of(filter, actor.isPracticeScoped() ? Objects.requireNonNullElse(actor.practiceOdsCode(), "-") : null);
    }

    /**
     * Saves the team's changes to a practice. {@code version} is the one the user loaded: if
     * someone saved in between, nothing is written and the user is told to reload.
     */
    @RolesAllowed({Role.TEAM_, Role.ADMIN_})
    @Transactional
    public Practice update(String odsCode, long version, PracticeEdit edit) {
        Practice practice = Workflows.seen(get(odsCode), version, "practice");
        Locality locality = edit.localityName() == null ? null : localities.findByNameIgnoreCase(edit.localityName())
                .orElseThrow(() -> new IllegalArgumentException("There is no locality called " + edit.localityName()));
        Pcn pcn = edit.pcnCode() == null ? null : pcns.findByCode(edit.pcnCode())
                .orElseThrow(() -> new IllegalArgumentException("There is no PCN with code " + edit.pcnCode()));
        List<String> problems = PracticeForm.of(edit).problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        practice.setLocality(locality);
        practice.setPcn(pcn);
        practice.setContractType(edit.contractType());
        practice.setVulnerability(edit.vulnerable(), edit.resilienceProgramme(), edit.flagReason());
        practice.setHighImpactActions(edit.highImpactActions());
        practice.setCqcRating(edit.cqcRating(), edit.cqcRatingDate());
        return Workflows.flush(practices, practice, "practice");
    }

    /** Practices that merged into this one and now run as its branches. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Practice> branches(String odsCode) {
        Practice practice = get(odsCode);
        return practices.findByMergedIntoOrderByNameAsc(practice);
    }

    /** The open practices' figures for the dashboard, counted by the database in one grouped statement. */
    @PermitAll
    @Transactional(readOnly = true)
    public OpenPracticeFigures openFigures() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Practice> root = query.from(Practice.class);
        Join<Practice, Locality> locality = root.join("locality", JoinType.LEFT);
        List<Expression<?>> groups = List.of(root.get("cqcRating"), locality.get("cluster"), locality.get("name"),
                root.get("vulnerable"), root.get("resilienceProgramme"));
        List<Selection<?>> selected = new ArrayList<>(groups);
        selected.add(cb.count(root));
        query.multiselect(selected).groupBy(groups);
        query.where(specification(new PracticeFilter(null, null, null, null, null, PracticeStatus.OPEN, null)).toPredicate(root, query, cb));
        long open = 0;
        Map<CqcRating, Long> byRating = new EnumMap<>(CqcRating.class);
        for (CqcRating rating : CqcRating.values()) {
            byRating.put(rating, 0L);
        }
        Map<LocalityKey, Long> flagged = new TreeMap<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            long count = ((Number) row.get(5)).longValue();
            open += count;
            CqcRating rating = row.get(0) == null ? CqcRating.NOT_RATED : (CqcRating) row.get(0);
            byRating.merge(rating, count, Long::sum);
            boolean isFlagged = Boolean.TRUE.equals(row.get(3)) || Boolean.TRUE.equals(row.get(4));
            if (isFlagged && row.get(2) != null) {
                flagged.merge(new LocalityKey((Cluster) row.get(1), (String) row.get(2)), count, Long::sum);
            }
        }
        Map<String, Long> flaggedByLocality = new LinkedHashMap<>();
        flagged.forEach((key, count) -> flaggedByLocality.put(key.name(), count));
        return new OpenPracticeFigures(open, byRating, flaggedByLocality);
    }

    /** Localities in the order the locality summaries list them: by cluster, then name. */
    private record LocalityKey(Cluster cluster, String name) implements Comparable<LocalityKey> {
        @Override
        public int compareTo(LocalityKey other) {
            return Comparator.comparing(LocalityKey::cluster).thenComparing(LocalityKey::name).compare(this, other);
        }
    }

    /** The 13 localities with their open practices' count and list size, and their PCNs. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LocalitySummary> localitySummaries() {
        Map<Long, List<Practice>> open = practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).stream()
                .filter(p -> p.getLocality() != null)
                .collect(Collectors.groupingBy(p -> Objects.requireNonNull(p.getLocality().getId())));
        Map<Long, TreeSet<String>> pcnNames = new LinkedHashMap<>();
        for (Pcn pcn : pcns.findAllByOrderByNameAsc()) {
            if (pcn.getLocality() != null) {
                pcnNames.computeIfAbsent(pcn.getLocality().getId(), k -> new TreeSet<>()).add(pcn.getName());
            }
        }
        List<LocalitySummary> rows = new ArrayList<>();
        for (Locality locality : localities.findAllByOrderByNameAsc()) {
            List<Practice> mine = open.getOrDefault(locality.getId(), List.of());
            long listSize = mine.stream().mapToLong(p -> p.getListSize() == null ? 0 : p.getListSize()).sum();
            rows.add(new LocalitySummary(locality.getName(), locality.getCluster(), mine.size(), listSize,
                    locality.getPopulation2016(), List.copyOf(pcnNames.getOrDefault(locality.getId(), new TreeSet<>()))));
        }
        rows.sort(Comparator.comparing(LocalitySummary::cluster).thenComparing(LocalitySummary::name));
        return rows;
    }

    /** Field-level history of a practice from the audit trail, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PracticeChange> history(String odsCode) {
        Practice practice = get(odsCode);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Practice.class, false, true)
                .add(AuditEntity.id().eq(practice.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<PracticeChange> changes = new ArrayList<>();
        Practice before = null;
        for (Object[] revision : revisions) {
            Practice after = (Practice) revision[0];
            AuditRevision rev = (AuditRevision) revision[1];
            RevisionType type = (RevisionType) revision[2];
            List<String> fields = new ArrayList<>();
            if (before == null) {
                fields.add("Record created");
            } else {
                for (Map.Entry<String, Function<Practice, String>> field : AUDITED_FIELDS.entrySet()) {
                    String from = field.getValue().apply(before);
                    String to = field.getValue().apply(after);
                    if (!from.equals(to)) {
                        fields.add(field.getKey() + ": " + (from.isEmpty() ? "(none)" : from) + " → " + (to.isEmpty() ? "(none)" : to));
                    }
                }
            }
            if (!fields.isEmpty()) {
                changes.add(new PracticeChange(Instant.ofEpochMilli(rev.getTimestamp()), rev.getUsername(),
                        type == RevisionType.ADD ? "Added" : "Changed", fields));
            }
            before = after;
        }
        return changes.reversed();
    }

    private static final Map<String, Function<Practice, String>> AUDITED_FIELDS = new LinkedHashMap<>();

    static {
        AUDITED_FIELDS.put("Name", Practice::getName);
        AUDITED_FIELDS.put("Address", p -> text(p.getAddress()));
        AUDITED_FIELDS.put("Postcode", p -> text(p.getPostcode()));
        AUDITED_FIELDS.put("Status", p -> p.getStatus().label());
        AUDITED_FIELDS.put("Merged into", p -> p.getMergedInto() == null ? "" : p.getMergedInto().getOdsCode());
        AUDITED_FIELDS.put("Close date", p -> Formats.date(p.getCloseDate()));
        AUDITED_FIELDS.put("Locality", p -> p.getLocality() == null ? "" : p.getLocality().getName());
        AUDITED_FIELDS.put("PCN", p -> p.getPcn() == null ? "" : p.getPcn().getName());
        AUDITED_FIELDS.put("List size", p -> Formats.number(p.getListSize()));
        AUDITED_FIELDS.put("CQC rating", p -> p.getCqcRating() == null ? "" : p.getCqcRating().label());
        AUDITED_FIELDS.put("CQC rating date", p -> Formats.date(p.getCqcRatingDate()));
        AUDITED_FIELDS.put("Contract", p -> p.getContractType() == null ? "" : p.getContractType().name());
        AUDITED_FIELDS.put("Vulnerable", p -> p.isVulnerable() ? "Yes" : "No");
        AUDITED_FIELDS.put("Resilience programme", p -> p.isResilienceProgramme() ? "Yes" : "No");
        AUDITED_FIELDS.put("Flag reason", p -> text(p.getVulnerabilityReason()));
        AUDITED_FIELDS.put("High impact actions", p -> p.getHighImpactActions().stream().map(HighImpactAction::label)
                .collect(Collectors.joining(", ")));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Practice> find(String odsCode) {
        Actor actor = currentUser.actor();
        String code = odsCode.strip().toUpperCase();
        if (!actor.maySeePractice(code)) {
            return Optional.empty();
        }
        return practices.findByOdsCode(code);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Practice get(String odsCode) {
        return find(odsCode).orElseThrow(() -> new NotFound("Practice " + odsCode));
    }

    /** Open practices the signed-in user may see, by name: for pickers in other features. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Practice> openPractices() {
        Actor actor = currentUser.actor();
        return practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).stream()
                .filter(p -> actor.maySeePractice(p.getOdsCode()))
                .toList();
    }

    /** Open practices' ids by ODS code, read in one statement: for imports matching a national file's rows. */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<String, Long> openPracticeIds() {
        Actor actor = currentUser.actor();
        Map<String, Long> ids = new java.util.HashMap<>();
        for (Object[] row : entityManager.createQuery("select p.odsCode, p.id from Practice p where p.status = :open", Object[].class)
                .setParameter("open", PracticeStatus.OPEN).getResultList()) {
            if (actor.maySeePractice((String) row[0])) {
                ids.put((String) row[0], (Long) row[1]);
            }
        }
        return ids;
    }

    /** The most a practice picker reads at a time. */
    public static final int PICKER_PAGE = 50;

    /**
     * Open practices the signed-in user may see whose code or name contains {@code text}, by name:
     * one page of a picker's list (at most {@link #PICKER_PAGE}), so no picker holds every practice.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Practice> openPractices(String text, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Practice> query = cb.createQuery(Practice.class);
        Root<Practice> root = query.from(Practice.class);
        PracticeFilter open = new PracticeFilter(text.isBlank() ? null : text.strip(), null, null, null, null, PracticeStatus.OPEN, null);
        query.where(specification(open).toPredicate(root, query, cb)).orderBy(cb.asc(root.get("name")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(Math.min(limit, PICKER_PAGE)).getResultList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Locality> localities() {
        return localities.findAllByOrderByNameAsc();
    }

    /** The clusters the organisation groups its localities into, by name. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Cluster> clusters() {
        return clusters.all();
    }

    /**
     * Every locality's practice population, by name: its recorded census figure when it has one,
     * otherwise the list sizes of its open practices today, so a new organisation's own
     * localities count from its own practices.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LocalityPopulation> localityPopulations() {
        Map<Long, Long> listSizes = practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).stream()
                .filter(p -> p.getLocality() != null && p.getListSize() != null)
                .collect(Collectors.groupingBy(p -> Objects.requireNonNull(p.getLocality().getId()),
                        Collectors.summingLong(p -> Objects.requireNonNull(p.getListSize()))));
        return localities.findAllByOrderByNameAsc().stream()
                .map(l -> new LocalityPopulation(l.getName(), l.getCluster(), l.getPopulation2016() > 0
                        ? l.getPopulation2016() : listSizes.getOrDefault(l.getId(), 0L)))
                .toList();
    }

    /**
     * PCNs whose name or code contains {@code text}, by name: one page of a picker's list (at most
     * {@link #PICKER_PAGE}), so no picker holds a country's 1,800 networks.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Pcn> pcns(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, PICKER_PAGE));
        String part = text.strip();
        return pcns.findByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(part, part,
                // A picker asks page by page, at offsets that are multiples of its page size.
                PageRequest.of(offset / size, size, Sort.by("name", "id")));
    }

    /** The PCN with this code, as a link or a saved form names it. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Pcn> pcn(String code) {
        return pcns.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Completes a merger on the practice records: the absorbed practice closes as "merged into"
     * the continuing one, which takes the combined list. Joins the caller's transaction so a
     * merger case's completion and the practice changes commit or fail together.
     */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public void recordMerger(String absorbedOdsCode, String continuingOdsCode, int combinedListSize, LocalDate date) {
        recordMerger(absorbedOdsCode, null, continuingOdsCode, null, combinedListSize, date);
    }

    /**
     * The same, also writing the contract type each practice held under the merger, as the case
     * recorded it (a null type leaves the practice's record as it is).
     */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public void recordMerger(String absorbedOdsCode, @Nullable ContractType absorbedContract, String continuingOdsCode,
                             @Nullable ContractType continuingContract, int combinedListSize, LocalDate date) {
        Practice absorbed = practices.findByOdsCode(absorbedOdsCode).orElseThrow(() -> new NotFound("Practice " + absorbedOdsCode));
        Practice continuing = practices.findByOdsCode(continuingOdsCode).orElseThrow(() -> new NotFound("Practice " + continuingOdsCode));
        if (!absorbed.isOpen() || !continuing.isOpen()) {
            throw new IllegalStateException("Both practices must be open to merge");
        }
        if (absorbedContract != null) {
            absorbed.setContractType(absorbedContract);
        }
        if (continuingContract != null) {
            continuing.setContractType(continuingContract);
        }
        absorbed.mergeInto(continuing, date);
        continuing.setListSize(combinedListSize, date);
    }

    // ---- open practices by locality, a page at a time (the workforce gaps by practice) ----

    /**
     * A page of the open practices in a locality, by locality then name (then id, so no row is
     * repeated or skipped between pages), of one locality or cluster when given.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<PracticeInLocality> openInLocalities(@Nullable String locality, @Nullable Cluster cluster, int offset, int limit) {
        var query = entityManager.createQuery("select new uk.nhs.dorset.primarycare.practice.PracticeInLocality(p.odsCode, "
                + "p.name, l.name, l.cluster, p.listSize, coalesce((select sum(o.listSize) from Practice o "
                + "where o.locality = l and o.status = :open), 0)) from Practice p join p.locality l where p.status = :open"
                + inLocality(locality, cluster) + " order by l.name, p.name, p.id", PracticeInLocality.class);
        return inLocality(query, locality, cluster).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long countOpenInLocalities(@Nullable String locality, @Nullable Cluster cluster) {
        var query = entityManager.createQuery("select count(p) from Practice p join p.locality l where p.status = :open"
                + inLocality(locality, cluster), Long.class);
        return inLocality(query, locality, cluster).getSingleResult();
    }

    private static String inLocality(@Nullable String locality, @Nullable Cluster cluster) {
        return (locality == null ? "" : " and l.name = :locality") + (cluster == null ? "" : " and l.cluster = :cluster");
    }

    private static <T> TypedQuery<T> inLocality(TypedQuery<T> query,
                                                                    @Nullable String locality, @Nullable Cluster cluster) {
        query.setParameter("open", PracticeStatus.OPEN);
        if (locality != null) {
            query.setParameter("locality", locality);
        }
        if (cluster != null) {
            query.setParameter("cluster", cluster);
        }
        return query;
    }
}
