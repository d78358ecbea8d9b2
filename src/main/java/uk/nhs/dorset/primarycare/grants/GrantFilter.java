package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Like;

/** What the bid grid is filtered by; every part is optional. */
public record GrantFilter(@Nullable Long programmeId, @Nullable BidStatus status, @Nullable String practiceOdsCode,
                          @Nullable String locality, @Nullable DeadlineState deadline, @Nullable String text) {

    public static GrantFilter all() {
        return new GrantFilter(null, null, null, null, null, null);
    }

    public GrantFilter withProgramme(@Nullable Long id) {
        return new GrantFilter(id, status, practiceOdsCode, locality, deadline, text);
    }

    /** The bids this filter selects for this actor: a practice manager only ever sees their own practice's. */
    Specification<GrantBid> specification(Actor actor, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor.isPracticeScoped()) {
                where.add(cb.equal(root.get("practice").get("odsCode"), String.valueOf(actor.practiceOdsCode())));
            }
            if (programmeId != null) {
                where.add(cb.equal(root.get("programme").get("id"), programmeId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (practiceOdsCode != null && !practiceOdsCode.isBlank()) {
                where.add(cb.equal(root.get("practice").get("odsCode"), practiceOdsCode.strip().toUpperCase(Locale.ROOT)));
            }
            if (locality != null && !locality.isBlank()) {
                where.add(cb.equal(root.get("practice").get("locality").get("name"), locality));
            }
            if (deadline == DeadlineState.AT_RISK || deadline == DeadlineState.SLIPPED) {
                where.add(root.get("status").in(BidStatus.APPROVED, BidStatus.WORKS_IN_PROGRESS));
                var spendDeadline = root.get("programme").<LocalDate>get("spendDeadline");
                if (deadline == DeadlineState.SLIPPED) {
                    where.add(cb.lessThan(spendDeadline, today));
                } else {
                    where.add(cb.between(spendDeadline, today, today.plusDays(DeadlineState.AT_RISK_DAYS)));
                }
            }
            if (text != null && !text.isBlank()) {
                where.add(Like.anyContains(cb, List.of(root.<String>get("title"), root.get("practice").<String>get("name"),
                        root.get("practice").<String>get("odsCode")), text));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
