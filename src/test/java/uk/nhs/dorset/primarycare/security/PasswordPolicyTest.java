package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules, as every form and service applies them. */
class PasswordPolicyTest {

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAroundThem() {
        for (String common : new String[] {"password123", "Password1234", "qwertyuiop", "letmein123", "welcome123",
                "iloveyou12", "Sunshine2025!", "football99!", "P@ssw0rd2026", "1qaz2wsx3edc", "Bournemouth1", "trustno1!!"}) {
            assertThat(PasswordPolicy.problem(common, null)).as(common).hasValue(PasswordPolicy.COMMON);
        }
    }

    @Test
    void repeatedAndSequentialRunsAreRefused() {
        for (String run : new String[] {"aaaaaaaaaa", "ababababab", "123123123123", "1234567890", "0987654321",
                "abcdefghijk", "zyxwvutsrq", "!!!!!!!!!!", "aaaaaaa123"}) {
            assertThat(PasswordPolicy.problem(run, null)).as(run).hasValue(PasswordPolicy.RUN);
        }
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(PasswordPolicy.problem("j.bloggs-is-great", "j.bloggs")).hasValue(PasswordPolicy.HAS_USERNAME);
        assertThat(PasswordPolicy.problem("MyJ.Bloggs#Secret", "j.bloggs")).hasValue(PasswordPolicy.HAS_USERNAME);
        assertThat(PasswordPolicy.problem("j.bloggs-is-great", null)).isEmpty();
    }

    @Test
    void lengthIsStillTenToSeventyTwo() {
        assertThat(PasswordPolicy.problem("Ab3$fg", null)).hasValue(PasswordPolicy.LENGTH);
        assertThat(PasswordPolicy.problem("x7".repeat(36) + "y", null)).hasValue(PasswordPolicy.LENGTH);
        assertThat(PasswordPolicy.problem(null, null)).hasValue(PasswordPolicy.LENGTH);
    }

    @Test
    void unrelatedWordsAndLongPhrasesAreAccepted() {
        for (String good : new String[] {"correct horse battery", "Tarragon-Kettle-Window-42", "a long enough password",
                "plum tractor 1987 violin", "Wx7#kP2!qZ"}) {
            assertThat(PasswordPolicy.problem(good, "team")).as(good).isEmpty();
        }
    }

    @Test
    void theShippedListHoldsThousandsOfCommonPasswords() {
        assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThan(3_000);
    }
}
