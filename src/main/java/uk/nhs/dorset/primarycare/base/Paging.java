package uk.nhs.dorset.primarycare.base;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;

/**
 * How every grid pages: in the order asked for (or the grid's default), then by id. Rows that
 * share a sort value (a list size, a status) have no order of their own in the database, so
 * without the id each page could be read in a different order and repeat or skip rows.
 */
public final class Paging {

    private static final String ID = "id";

    private Paging() {
    }

    /** The page asked for, in its order or else {@code fallback}, ending with the id. */
    public static Pageable unique(Pageable pageable, Sort fallback) {
        Sort sort = unique(pageable.getSortOr(fallback));
        return pageable.isUnpaged() ? Pageable.unpaged(sort) : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /**
     * The order with the id added last, unless it already sorts by the id. The id runs the way the
     * order's last column does: an index on a column holds the id after it, so the database reads
     * the index straight through, forwards or backwards, rather than sorting every row it selects.
     */
    public static Sort unique(Sort sort) {
        if (sort.getOrderFor(ID) != null) {
            return sort;
        }
        Sort.Direction last = sort.stream().reduce((first, second) -> second).map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return sort.and(Sort.by(last, ID));
    }

    /**
     * One page of a query's rows as a slice. One row past the page says whether there is a next
     * one, so no count is needed; unpaged, every row.
     */
    public static <T> Slice<T> slice(TypedQuery<T> query, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(query.getResultList(), pageable, false);
        }
        List<T> rows = query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1).getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /**
     * Every row, read {@code size} at a time from offset 0 until a page comes back empty: what an
     * export streams out, without the whole country held at once.
     */
    public static <T> Stream<T> everyPage(int size, IntFunction<List<T>> pageAt) {
        return Stream.iterate(0, offset -> offset + size)
                .map(pageAt::apply)
                .takeWhile(page -> !page.isEmpty())
                .flatMap(List::stream);
    }
}
