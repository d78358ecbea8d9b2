package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.validation.Forms;

/** The users admin form's field rules, as the view shows them and the service enforces them. */
class UserFormTest {

    @Test
    void aCompleteFormHasNoProblems() {
        assertThat(Forms.problems(valid())).isEmpty();
    }

    @Test
    void usernamesAreStoredLowerCaseAndKeepToTheirCharacters() {
        UserForm form = valid();
        form.setUsername("  Jo.Bloggs@NHS ");
        assertThat(form.getUsername()).isEqualTo("jo.bloggs@nhs");
        assertThat(Forms.problems(form)).isEmpty();
        for (String bad : new String[] {"jo", "jo bloggs", "jo/b", "x".repeat(UserForm.USERNAME_MAX + 1)}) {
            form.setUsername(bad);
            assertThat(Forms.problems(form)).as(bad).containsExactly("A username is 3 to 100 letters, digits or . _ @ -");
        }
        form.setUsername("x".repeat(UserForm.USERNAME_MAX));
        assertThat(Forms.problems(form)).isEmpty();
    }

    @Test
    void theDisplayNameIsRequiredAndKeepsToItsColumn() {
        UserForm form = valid();
        form.setDisplayName("  ");
        assertThat(Forms.problems(form)).containsExactly("Give the user a display name");
        form.setDisplayName("x".repeat(UserForm.DISPLAY_NAME_MAX + 1));
        assertThat(Forms.problems(form)).containsExactly("The display name is 201 characters long; keep it to 200 characters");
    }

    @Test
    void aPasswordIsLongEnoughButNotBeyondWhatTheEncoderReads() {
        UserForm form = valid();
        form.setPassword("x".repeat(Password.MIN - 1));
        assertThat(Forms.problems(form)).containsExactly("A password needs 10 to 72 characters");
        form.setPassword("x".repeat(Password.MAX + 1));
        assertThat(Forms.problems(form)).containsExactly("A password needs 10 to 72 characters");
        assertThat(Forms.problems(PasswordForm.of("short"))).containsExactly("A password needs 10 to 72 characters");
        // 72 characters of words: a run of one letter is refused for what it is, not for its length.
        String longest = "tarragon kettle window lantern harbour meadow compass lighthouse juniper ".repeat(2)
                .substring(0, Password.MAX);
        assertThat(Forms.problems(PasswordForm.of(longest))).isEmpty();
    }

    @Test
    void aUserNeedsARoleAndEveryProblemIsToldAtOnce() {
        UserForm form = UserForm.of("", "", "", Set.of(), null);
        assertThat(Forms.problems(form)).containsExactly("A username is 3 to 100 letters, digits or . _ @ -",
                "Give the user a display name", "A password needs 10 to 72 characters", "Give the user at least one role");
    }

    private static UserForm valid() {
        return UserForm.of("jobloggs", "Jo Bloggs", "a long enough password", Set.of(Role.TEAM), null);
    }
}
