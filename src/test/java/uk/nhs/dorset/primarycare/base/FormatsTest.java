package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyIsWrittenInPoundsWithThousandsSeparators() {
        assertThat(Formats.money(new BigDecimal("1234567.00"))).isEqualTo("£1,234,567");
        assertThat(Formats.money(new BigDecimal("691000"))).isEqualTo("£691,000");
        assertThat(Formats.money(new BigDecimal("12.5"))).isEqualTo("£12.50");
        assertThat(Formats.money(null)).isEmpty();
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(Formats.date(LocalDate.of(2018, 7, 23))).isEqualTo("23/07/2018");
    }

    @Test
    void aCountAgreesWithItsNoun() {
        assertThat(Formats.count(1, "profile")).isEqualTo("1 profile");
        assertThat(Formats.count(0, "profile")).isEqualTo("0 profiles");
        assertThat(Formats.count(1204, "practice")).isEqualTo("1,204 practices");
        assertThat(Formats.count(2, "locality")).isEqualTo("2 localities");
        assertThat(Formats.count(1, "locality")).isEqualTo("1 locality");
        assertThat(Formats.count(3, "person", "people")).isEqualTo("3 people");
    }
}
