package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void runsFromFirstAprilToThirtyFirstMarchAndIsWrittenTheNhsWay() {
        FinancialYear year = FinancialYear.parse("2017/18");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(year).hasToString("2017/18");
        assertThat(new FinancialYear(1999)).hasToString("1999/00");
    }

    @Test
    void aDateBelongsToTheYearThatContainsIt() {
        assertThat(FinancialYear.containing(LocalDate.of(2018, 3, 31))).isEqualTo(new FinancialYear(2017));
        assertThat(FinancialYear.containing(LocalDate.of(2018, 4, 1))).isEqualTo(new FinancialYear(2018));
    }

    @Test
    void refusesWhatIsNotAFinancialYear() {
        assertThatThrownBy(() -> FinancialYear.parse("2017/19")).hasMessageContaining("second year must follow");
        assertThatThrownBy(() -> FinancialYear.parse("2017-18")).hasMessage("Write a financial year as 2017/18");
    }
}
