package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(Like.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(Like.containing("%")).isEqualTo("%\\%%");
        assertThat(Like.containing("_")).isEqualTo("%\\_%");
        assertThat(Like.containing("\\")).isEqualTo("%\\\\%");
        assertThat(Like.containing("\\%")).isEqualTo("%\\\\\\%%");
    }

    @Test
    void plainTextIsLowerCasedAndStripped() {
        assertThat(Like.containing("  Orchid House ")).isEqualTo("%orchid house%");
        assertThat(Like.containing("J81002")).isEqualTo("%j81002%");
    }

    @Test
    void otherCharactersStandForThemselves() {
        assertThat(Like.containing("St. Mary's [Wimborne] *ok?")).isEqualTo("%st. mary's [wimborne] *ok?%");
        assertThat(Like.containing("Ä")).isEqualTo("%ä%");
    }

    @Test
    void blankTextMatchesEverything() {
        assertThat(Like.containing("   ")).isEqualTo("%%");
    }

    @Test
    void theConditionNamesTheEscapeCharacterAndComparesInLowerCase() {
        CriteriaBuilder cb = mock(CriteriaBuilder.class);
        Expression<String> name = expression();
        Expression<String> lowerName = expression();
        Predicate like = mock(Predicate.class);
        when(cb.lower(name)).thenReturn(lowerName);
        when(cb.like(lowerName, "%50\\%%", '\\')).thenReturn(like);

        assertThat(Like.contains(cb, name, "50%")).isSameAs(like);
    }

    @Test
    void severalFieldsAreEachSearchedWithTheOnePattern() {
        CriteriaBuilder cb = mock(CriteriaBuilder.class);
        Expression<String> name = expression();
        Expression<String> code = expression();
        Predicate either = mock(Predicate.class);
        when(cb.lower(any())).thenAnswer(call -> call.getArgument(0));
        when(cb.or(any(Predicate[].class))).thenReturn(either);

        assertThat(Like.anyContains(cb, List.of(name, code), "a_b")).isSameAs(either);
        verify(cb).like(name, "%a\\_b%", '\\');
        verify(cb).like(code, "%a\\_b%", '\\');
    }

    @Test
    void aSearchNeedsAField() {
        assertThatThrownBy(() -> Like.anyContains(mock(CriteriaBuilder.class), List.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static Expression<String> expression() {
        return mock(Expression.class);
    }
}
