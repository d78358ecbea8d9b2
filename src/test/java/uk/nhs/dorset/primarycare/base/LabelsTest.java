package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels inside sentences keep their acronyms. */
class LabelsTest {

    @ParameterizedTest
    @CsvSource({
        "Under review, under review",
        "PID submitted, PID submitted",
        "NHS England panel, NHS England panel",
        "Combined OBC/FBC submitted, combined OBC/FBC submitted",
        "OBC, OBC",
        "Paid, paid",
        "PCSE told, PCSE told",
    })
    void lowerCasesOnlyAFirstWordThatIsNoAcronym(String label, String inSentence) {
        assertThat(Labels.inSentence(label)).isEqualTo(inSentence);
    }
}
