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
}
