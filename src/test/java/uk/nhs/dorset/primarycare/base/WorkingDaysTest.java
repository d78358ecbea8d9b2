package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days in England and Wales: weekends and the published bank holidays, substitutes and one-offs included. */
class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.englandAndWales();

    @Test
    void sevenWorkingDaysBeforeTheEndOfMarch2024SkipGoodFridayAndTheWeekend() {
        // 31/03/2024 is Easter Sunday: 30 and 29 (Good Friday) do not count; 28, 27, 26, 25, 22, 21, 20 do.
        assertThat(days.before(LocalDate.of(2024, 3, 31), 7)).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(days.before(LocalDate.of(2024, 3, 31), 1)).isEqualTo(LocalDate.of(2024, 3, 28));
    }

    @Test
    void theWorkingDayAfterMaundyThursday2024IsTheTuesdayAfterEasterMonday() {
        assertThat(days.after(LocalDate.of(2024, 3, 28), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void theSpendDeadlineOf2017To18FallsOnASaturdayAfterGoodFriday() {
        LocalDate deadline = LocalDate.of(2018, 3, 31);
        assertThat(days.before(deadline, 7)).isEqualTo(LocalDate.of(2018, 3, 21));
        assertThat(days.before(deadline, 14)).isEqualTo(LocalDate.of(2018, 3, 12));
        assertThat(days.before(deadline, 30)).isEqualTo(LocalDate.of(2018, 2, 16));
    }

    @Test
    void theOneOffHolidaysOf2022And2023AreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2022, 6, 3))).as("Platinum Jubilee").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2022, 6, 2))).as("spring bank holiday moved to Thursday").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2022, 5, 30))).as("the usual last Monday of May was worked in 2022").isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2022, 9, 19))).as("the State Funeral").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2023, 5, 8))).as("the coronation").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2020, 5, 8))).as("VE day 75").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2020, 5, 4))).as("the usual first Monday of May was worked in 2020").isTrue();
        assertThat(days.after(LocalDate.of(2022, 6, 1), 1)).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(days.after(LocalDate.of(2023, 5, 5), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void christmasAndNewYearFallingOnAWeekendMoveToTheNextWorkingDays() {
        // 2021: Christmas on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28 instead.
        assertThat(days.after(LocalDate.of(2021, 12, 24), 1)).isEqualTo(LocalDate.of(2021, 12, 29));
        // 2022: New Year's Day on a Saturday: Monday 3 January instead.
        assertThat(days.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
        // 2026: Christmas on a Friday, Boxing Day on a Saturday: Monday 28 instead.
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void everyYearTo2030HasItsEightHolidaysAndTheOneOffYearsTheirExtraOnes() {
        for (int year = 2016; year <= 2030; year++) {
            int expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
            assertThat(days.holidaysIn(year)).as("bank holidays in %d", year).hasSize(expected)
                    .allMatch(day -> day.getDayOfWeek().getValue() <= 5, "on a weekday");
        }
        assertThat(days.holidaysIn(2027)).contains(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @Test
    void countsAtLeastOneDay() {
        assertThatThrownBy(() -> days.before(LocalDate.of(2024, 3, 31), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
