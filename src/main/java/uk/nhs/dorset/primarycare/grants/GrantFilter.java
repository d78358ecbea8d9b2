package uk.nhs.dorset.primarycare.grants;

import static uk.nhs.dorset.primarycare.base.QueryValues.blankToNull;
import static uk.nhs.dorset.primarycare.base.QueryValues.parse;
import static uk.nhs.dorset.primarycare.base.QueryValues.put;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Like;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;

/**
 * What the bid grid is filtered by; every part is optional. Written to and read from the query
 * string ({@code programme=2017/18&status=PAID}) so a copied link reproduces the view: the
 * programme by its name, statuses by their enum names (labels such as {@code Paid} are read too).
 * Unknown values are ignored, not errors.
 */
public record GrantFilter(@Nullable Long programmeId, @Nullable BidStatus status, @Nullable String practiceOdsCode,
                          @Nullable String locality, @Nullable DeadlineState deadline, @Nullable String text,
                          @Nullable String owner) {

    public GrantFilter(@Nullable Long programmeId, @Nullable BidStatus status, @Nullable String practiceOdsCode,
                       @Nullable String locality, @Nullable DeadlineState deadline, @Nullable String text) {
        this(programmeId, status, practiceOdsCode, locality, deadline, text, null);
    }

    public static GrantFilter all() {
        return new GrantFilter(null, null, null, null, null, null);
    }

    /** Reads the query string; {@code programmeIdByName} resolves a programme's name to its id, or null if none has it. */
    public static GrantFilter fromQuery(Map<String, String> query, Function<String, @Nullable Long> programmeIdByName) {
        String programme = blankToNull(query.get("programme"));
        String practice = blankToNull(query.get("practice"));
        return new GrantFilter(
                programme == null ? null : programmeIdByName.apply(programme),
                parse(query.get("status"), BidStatus.values(), BidStatus::label),
                practice == null ? null : practice.toUpperCase(Locale.ROOT),
                blankToNull(query.get("locality")),
                parse(query.get("deadline"), DeadlineState.values(), DeadlineState::label),
                blankToNull(query.get("q")),
                OwnerFilter.fromQuery(query));
    }

    /**
     * The query string form: only what is set, in the order and words links have always used.
     * {@code programmeName} names a programme by its id, or null if it has gone.
     */
    public Map<String, String> toQuery(Function<Long, @Nullable String> programmeName) {
        Map<String, String> query = new LinkedHashMap<>();
        String name = programmeId == null ? null : blankToNull(programmeName.apply(programmeId));
        put(query, "programme", name);
        put(query, "status", status == null ? null : status.name());
        put(query, "practice", practiceOdsCode);
        put(query, "locality", locality);
        put(query, "deadline", deadline == null ? null : deadline.name());
        put(query, "q", text);
        OwnerFilter.toQuery(query, owner);
        return query;
    }

    public GrantFilter withProgramme(@Nullable Long id) {
        return new GrantFilter(id, status, practiceOdsCode, locality, deadline, text, owner);
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
            OwnerFilter.where(where, cb, root, owner);
            if (text != null && !text.isBlank()) {
                where.add(Like.anyContains(cb, List.of(root.<String>get("title"), root.get("practice").<String>get("name"),
                        root.get("practice").<String>get("odsCode")), text));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
