package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;

/**
 * Every page's order ends with the id, so no row repeats or goes missing between pages; the id
 * runs the same way as the sort before it, so the database reads a column's index (which holds
 * the id after the column) straight through, forwards or backwards, instead of sorting.
 */
class PagingTest {

    @Test
    void anAscendingSortEndsWithTheIdAscending() {
        assertThat(Paging.unique(Sort.by("name"))).isEqualTo(Sort.by("name").and(Sort.by("id")));
    }

    @Test
    void aDescendingSortEndsWithTheIdDescending() {
        assertThat(Paging.unique(Sort.by(Direction.DESC, "requestedGrant")))
                .isEqualTo(Sort.by(Direction.DESC, "requestedGrant").and(Sort.by(Direction.DESC, "id")));
    }

    @Test
    void aSortThatAlreadyEndsWithTheIdIsLeftAlone() {
        Sort byId = Sort.by(Direction.DESC, "id");
        assertThat(Paging.unique(byId)).isEqualTo(byId);
    }

    @Test
    void thePageAskedForKeepsItsNumberAndSizeAndFallsBackToTheDefaultOrder() {
        var page = Paging.unique(PageRequest.of(3, 50), Sort.by(Direction.DESC, "id"));
        assertThat(page.getPageNumber()).isEqualTo(3);
        assertThat(page.getPageSize()).isEqualTo(50);
        assertThat(page.getSort()).isEqualTo(Sort.by(Direction.DESC, "id"));
    }

    @Test
    void everyPageReadsFromTheStartUntilAnEmptyPageAndKeepsTheOrder() {
        java.util.List<Integer> rows = java.util.stream.IntStream.range(0, 7).boxed().toList();
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        java.util.List<Integer> read = Paging.everyPage(3, offset -> {
            offsets.add(offset);
            return rows.subList(Math.min(offset, rows.size()), Math.min(offset + 3, rows.size()));
        }).toList();
        org.assertj.core.api.Assertions.assertThat(read).isEqualTo(rows);
        org.assertj.core.api.Assertions.assertThat(offsets).containsExactly(0, 3, 6, 9);
    }
}
