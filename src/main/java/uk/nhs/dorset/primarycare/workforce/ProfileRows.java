package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.Paging;

/**
 * The profiles grid's rows as {@link ProfileRow}s: the page's profiles with exactly the columns
 * shown, then the role lines of that page alone, summed by staff group as they are read.
 */
@Component
class ProfileRows {

    private static final String LINES = "select profile_id, staff_role, headcount, fte from workforce_profile_line where profile_id in (:ids)";

    private final EntityManager entities;

    ProfileRows(EntityManager entities) {
        this.entities = entities;
    }

    /** The page the filter selects, in the page's order (which ends with the id). */
    Slice<ProfileRow> read(Specification<WorkforceProfile> filter, Pageable page) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<WorkforceProfile> profile = query.from(WorkforceProfile.class);
        Predicate where = filter.toPredicate(profile, query, cb);
        From<?, ?> practice = joined(profile, "practice", JoinType.INNER);
        From<?, ?> locality = joined(practice, "locality", JoinType.LEFT);
        query.multiselect(profile.get("id"), profile.get("version"), practice.get("odsCode"), practice.get("name"),
                locality.get("name"), profile.get("snapshotDate"), profile.get("status"), profile.get("owner"),
                profile.get("registeredPatients"));
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(page.getSort(), profile, cb));
        Slice<Object[]> rows = Paging.slice(entities.createQuery(query), page);

        Map<Long, GroupTotals> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.put((Long) r[0], GroupTotals.empty((Integer) r[8])));
        if (!totals.isEmpty()) {
            for (Object line : entities.createNativeQuery(LINES).setParameter("ids", totals.keySet()).getResultList()) {
                Object[] l = (Object[]) line;
                totals.get(((Number) l[0]).longValue()).add(StaffRole.valueOf((String) l[1]), integer(l[2]), decimal(l[3]));
            }
        }
        return rows.map(r -> new ProfileRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                (LocalDate) r[5], (ProfileStatus) r[6], (String) r[7], totals.get((Long) r[0])));
    }

    /**
     * The join the filter made already, or a new one: the filter joins what it filters on, and the
     * columns shown come from the same joins rather than a second copy of each table.
     */
    static From<?, ?> joined(From<?, ?> from, String attribute, JoinType type) {
        for (Join<?, ?> join : from.getJoins()) {
            if (join.getAttribute().getName().equals(attribute)) {
                return join;
            }
        }
        return from.join(attribute, type);
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
