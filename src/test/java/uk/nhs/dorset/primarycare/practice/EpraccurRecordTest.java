package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpraccurRecordTest {

    static List<String> row(String code, String name, String open, String close, String status, String commissioner, String setting) {
        List<String> f = new ArrayList<>(Arrays.asList(new String[27]));
        java.util.Collections.fill(f, "");
        f.set(0, code);
        f.set(1, name);
        f.set(4, "THE SURGERY");
        f.set(5, "1 HIGH STREET");
        f.set(7, "WAREHAM");
        f.set(9, "BH20 4AA");
        f.set(10, open);
        f.set(11, close);
        f.set(12, status);
        f.set(14, commissioner);
        f.set(25, setting);
        return f;
    }

    @Test
    void parsesAnActiveGpPractice() {
        EpraccurRecord r = EpraccurRecord.parse(row("j81002", "ORCHID HOUSE SURGERY", "19740401", "", "A", "11J", "4"));
        assertThat(r.odsCode()).isEqualTo("J81002");
        assertThat(r.displayName()).isEqualTo("Orchid House Surgery");
        assertThat(r.address()).isEqualTo("THE SURGERY, 1 HIGH STREET, WAREHAM");
        assertThat(r.openDate()).isEqualTo(LocalDate.of(1974, 4, 1));
        assertThat(r.closeDate()).isNull();
        assertThat(r.isGpPractice()).isTrue();
        assertThat(r.practiceStatus()).isEqualTo(PracticeStatus.OPEN);
        assertThat(r.commissioner()).isEqualTo("11J");
    }

    @Test
    void closedAndDormantPracticesAreClosed() {
        assertThat(EpraccurRecord.parse(row("J81099", "X", "19740401", "20180331", "C", "11J", "4")).practiceStatus())
                .isEqualTo(PracticeStatus.CLOSED);
        assertThat(EpraccurRecord.parse(row("J81099", "X", "19740401", "", "D", "11J", "4")).practiceStatus())
                .isEqualTo(PracticeStatus.CLOSED);
    }

    @Test
    void otherPrescribingSettingsAreNotGpPractices() {
        assertThat(EpraccurRecord.parse(row("Y01234", "OUT OF HOURS", "20040401", "", "A", "11J", "0")).isGpPractice()).isFalse();
        assertThat(EpraccurRecord.parse(row("Y01234", "PRISON", "20040401", "", "A", "11J", "")).isGpPractice()).isFalse();
    }

    @Test
    void refusesWrongFieldCount() {
        assertThatThrownBy(() -> EpraccurRecord.parse(List.of("J81002", "ORCHID")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("has 2 fields; epraccur rows have 27");
    }

    @Test
    void refusesBadDatesCodesStatusesAndSettings() {
        // 01/04/1974 (Excel's way of writing it) is now read; a date cut to two digits of year is still refused.
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", "A", "1974-04-01", "", "A", "11J", "4")))
                .hasMessage("open date '1974-04-01' is not a date (YYYYMMDD)");
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", "A", "01/04/74", "", "A", "11J", "4")))
                .hasMessageStartingWith("open date '01/04/74' is not a full date: the file was changed by Excel");
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", "A", "19740401", "20181340", "C", "11J", "4")))
                .hasMessage("close date '20181340' is not a date (YYYYMMDD)");
        assertThatThrownBy(() -> EpraccurRecord.parse(row("12", "A", "19740401", "", "A", "11J", "4")))
                .hasMessageContaining("is not an ODS code");
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", " ", "19740401", "", "A", "11J", "4")))
                .hasMessage("has no name");
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", "A", "19740401", "", "X", "11J", "4")))
                .hasMessage("status code 'X' is not A, C, D or P");
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", "A", "19740401", "", "A", "11J", "four")))
                .hasMessage("prescribing setting 'four' is not a number");
    }

    @Test
    void titleCaseKeepsSmallWordsLowerAndApostrophes() {
        assertThat(EpraccurRecord.titleCase("THE VILLAGE AND ST MARY'S SURGERY")).isEqualTo("The Village and St Mary's Surgery");
    }

    @Test
    void datesAsExcelWritesThemAreReadWhenTheYearIsWhole() {
        EpraccurRecord r = EpraccurRecord.parse(row("J81002", "ORCHID HOUSE SURGERY", "01/04/1974", "31/03/2024", "C", "11J", "4"));
        assertThat(r.openDate()).isEqualTo(LocalDate.of(1974, 4, 1));
        assertThat(r.closeDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThatThrownBy(() -> EpraccurRecord.parse(row("J81002", "ORCHID HOUSE SURGERY", "01/04/74", "", "A", "11J", "4")))
                .hasMessageContaining("changed by Excel").hasMessageContaining("without opening it in Excel");
    }
}
