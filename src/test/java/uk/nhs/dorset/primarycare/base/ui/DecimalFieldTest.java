package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalFieldTest {

    @Test
    void wholeAmountsLoseTheirTrailingZerosAndPenceKeepTwoPlaces() {
        assertThat(DecimalField.readable(new BigDecimal("63334.00"), true)).hasToString("63334");
        assertThat(DecimalField.readable(new BigDecimal("250000"), true)).hasToString("250000");
        assertThat(DecimalField.readable(new BigDecimal("1500.5"), true)).hasToString("1500.50");
        assertThat(DecimalField.readable(new BigDecimal("1500.55"), true)).hasToString("1500.55");
        assertThat(DecimalField.readable(new BigDecimal("0.00"), true)).hasToString("0");
        assertThat(DecimalField.readable(new BigDecimal("1E+3"), true)).hasToString("1000");
    }

    @Test
    void numbersKeepOnlyTheFractionTheyHave() {
        assertThat(DecimalField.readable(new BigDecimal("6.00"), false)).hasToString("6");
        assertThat(DecimalField.readable(new BigDecimal("0.50"), false)).hasToString("0.5");
        assertThat(DecimalField.readable(new BigDecimal("66.67"), false)).hasToString("66.67");
    }
}
