package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The allocation method and the access rule are settings; their defaults are the published ones. */
class AllocationMethodTest {

    @Test
    void readsTheSettingAsWritten() {
        assertThat(AllocationMethod.fromSetting("baseline-plus-capitation")).isEqualTo(AllocationMethod.BASELINE_PLUS_CAPITATION);
        assertThat(AllocationMethod.fromSetting(" Capitation ")).isEqualTo(AllocationMethod.CAPITATION);
        assertThat(AllocationMethod.CAPITATION.hasBaseline()).isFalse();
        assertThatThrownBy(() -> AllocationMethod.fromSetting("lottery")).hasMessageContaining("baseline-plus-capitation or capitation");
    }

    @Test
    void theAccessRuleTakesAnotherNumberOfMinutes() {
        // 60 minutes per 1,000 for 1,000 people is one hour; at the national 45 it is three quarters.
        assertThat(AccessCoverage.requiredHours(1_000, BigDecimal.valueOf(60))).isEqualByComparingTo("1.00");
        assertThat(AccessCoverage.coverage(BigDecimal.ONE, 1_000, BigDecimal.valueOf(60))).isEqualByComparingTo("1");
        assertThat(AccessCoverage.requiredHours(1_000)).isEqualByComparingTo("0.75");
    }
}
