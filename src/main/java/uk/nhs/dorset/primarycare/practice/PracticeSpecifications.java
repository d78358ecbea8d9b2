package uk.nhs.dorset.primarycare.practice;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import uk.nhs.dorset.primarycare.base.Like;

/** Turns a {@link PracticeFilter} (and a practice manager's scope) into a query condition. */
final class PracticeSpecifications {

    private PracticeSpecifications() {
    }

    /** @param onlyOdsCode a practice manager's own practice; null for everyone else */
    static Specification<Practice> of(PracticeFilter filter, @Nullable String onlyOdsCode) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (onlyOdsCode != null) {
                where.add(cb.equal(root.get("odsCode"), onlyOdsCode));
            }
            if (filter.text() != null) {
                where.add(Like.anyContains(cb, List.of(root.get("odsCode"), root.get("name")), filter.text()));
            }
            if (filter.locality() != null || filter.cluster() != null) {
                Join<Practice, Locality> locality = root.join("locality", JoinType.LEFT);
                if (filter.locality() != null) {
                    where.add(cb.equal(cb.lower(locality.get("name")), filter.locality().toLowerCase(Locale.ROOT)));
                }
                if (filter.cluster() != null) {
                    where.add(cb.equal(locality.get("cluster"), filter.cluster()));
                }
            }
            if (filter.pcnCode() != null) {
                where.add(cb.equal(root.join("pcn", JoinType.LEFT).get("code"), filter.pcnCode().toUpperCase(Locale.ROOT)));
            }
            if (filter.cqc() == CqcRating.NOT_RATED) {
                // A practice CQC has not rated yet may have no rating recorded at all: both are "Not yet rated".
                where.add(cb.or(cb.isNull(root.get("cqcRating")), cb.equal(root.get("cqcRating"), CqcRating.NOT_RATED)));
            } else if (filter.cqc() != null) {
                where.add(cb.equal(root.get("cqcRating"), filter.cqc()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (Boolean.TRUE.equals(filter.vulnerable())) {
                where.add(cb.or(cb.isTrue(root.get("vulnerable")), cb.isTrue(root.get("resilienceProgramme"))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
