package uk.nhs.dorset.primarycare.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void aMentionIsAnAtAndAUsernameAnywhereInTheText() {
        assertThat(Mentions.in("@estates could you look? Thanks, and cc @Manager.")).containsExactly("estates", "manager");
        assertThat(Mentions.in("(@estates2)\n@team-lead, @first.last")).containsExactly("estates2", "team-lead", "first.last");
    }

    @Test
    void anEmailAddressOrALoneAtMentionsNobody() {
        assertThat(Mentions.in("Mail team@nhs.net or practice@example.org")).isEmpty();
        assertThat(Mentions.in("Meet @ 10:00, and @ the surgery")).isEmpty();
    }

    @Test
    void aNameMentionedTwiceIsOneMention() {
        assertThat(Mentions.in("@estates and again @ESTATES")).containsExactly("estates");
    }
}
