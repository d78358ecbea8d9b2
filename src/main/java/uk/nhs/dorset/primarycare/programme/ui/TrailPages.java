package uk.nhs.dorset.primarycare.programme.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.nhs.dorset.primarycare.base.audit.AuditEvent;
import uk.nhs.dorset.primarycare.base.audit.AuditFilter;
import uk.nhs.dorset.primarycare.base.audit.AuditTrailService;
import uk.nhs.dorset.primarycare.base.audit.AuditTrailService.TrailKey;

/**
 * The transitions grid's pages, asked for by offset as the user scrolls. In the trail's own
 * order (by when, either way) each page after the first starts from the last row of the page
 * before it, remembered here, so the database reads on along its index instead of stepping
 * over every earlier row; a page no earlier page led to, or another column's order, is read
 * by its offset.
 */
final class TrailPages {

    private final AuditTrailService audit;
    private final Supplier<AuditFilter> filter;
    /** The key of the row just before each offset a page has ended at, for the order it was read in. */
    private final Map<Integer, TrailKey> keyBefore = new HashMap<>();
    private @Nullable Boolean keyedNewestFirst;

    TrailPages(AuditTrailService audit, Supplier<AuditFilter> filter) {
        this.audit = audit;
        this.filter = filter;
    }

    /** Forgets every remembered page: the filter changed. */
    void reset() {
        keyBefore.clear();
        keyedNewestFirst = null;
    }

    Stream<AuditEvent> fetch(Query<AuditEvent, Void> query) {
        Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
        @Nullable Boolean newestFirst = trailOrder(sort);
        if (newestFirst == null) {
            reset();
            return audit.transitions(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
        }
        if (!newestFirst.equals(keyedNewestFirst)) {
            reset();
            keyedNewestFirst = newestFirst;
        }
        int offset = query.getOffset();
        TrailKey after = keyBefore.get(offset);
        List<AuditEvent> rows = offset == 0 || after != null
                ? audit.transitionsAfter(filter.get(), newestFirst, after, query.getLimit())
                : audit.transitions(filter.get(), PageRequest.of(offset / query.getLimit(), query.getLimit(),
                        newestFirst ? AuditTrailService.NEWEST_FIRST : Sort.by("changedAt", "id"))).getContent();
        if (!rows.isEmpty()) {
            keyBefore.put(offset + rows.size(), TrailKey.of(rows.getLast()));
        }
        return rows.stream();
    }

    /** Newest first (true), oldest first (false), or null when the grid is sorted by another column. */
    private static @Nullable Boolean trailOrder(Sort sort) {
        if (sort.isUnsorted()) {
            return true;
        }
        List<Sort.Order> orders = sort.toList();
        if (orders.size() == 1 && orders.getFirst().getProperty().equals("changedAt")) {
            return orders.getFirst().isDescending();
        }
        return null;
    }
}
