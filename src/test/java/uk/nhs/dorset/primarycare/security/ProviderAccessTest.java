package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Role;

/** How a provider's groups and claims become a user's roles and practice. */
class ProviderAccessTest {

    static final List<GroupRole> MAPPING = List.of(
            new GroupRole("Hub Team", Role.TEAM),
            new GroupRole("hub-estates", Role.ESTATES),
            new GroupRole("hub-estates", Role.TEAM),
            new GroupRole("hub-practice", Role.PRACTICE));

    @Test
    void theRolesAreThoseOfTheMappedGroupsWhateverTheCase() {
        assertThat(ProviderAccess.rolesOf(List.of("hub team", " HUB-ESTATES ", "unmapped"), MAPPING))
                .containsExactlyInAnyOrder(Role.TEAM, Role.ESTATES);
        assertThat(ProviderAccess.rolesOf(List.of("unmapped"), MAPPING)).isEmpty();
    }

    @Test
    void aPracticeRoleWithNoPracticeIsNotGiven() {
        ProviderAccess access = ProviderAccess.of(EnumSet.of(Role.PRACTICE, Role.TEAM), null, null);
        assertThat(access.roles()).containsExactly(Role.TEAM);
        assertThat(access.missingPractice()).isTrue();
    }

    @Test
    void theOdsCodeClaimWinsOverTheAdministratorsTie() {
        ProviderAccess access = ProviderAccess.of(EnumSet.of(Role.PRACTICE), " j81003 ", "J81002");
        assertThat(access.roles()).containsExactly(Role.PRACTICE);
        assertThat(access.practiceOdsCode()).isEqualTo("J81003");
        assertThat(ProviderAccess.of(EnumSet.of(Role.PRACTICE), null, "J81002").practiceOdsCode()).isEqualTo("J81002");
    }

    @Test
    void anOdsCodeClaimThatIsNotAnOdsCodeIsIgnored() {
        assertThat(ProviderAccess.of(EnumSet.of(Role.PRACTICE), "<script>", "J81002").practiceOdsCode()).isEqualTo("J81002");
    }

    @Test
    void theGroupsClaimMayBeAListOrOneValue() {
        assertThat(ProviderAccess.groups(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(ProviderAccess.groups("a")).containsExactly("a");
        assertThat(ProviderAccess.groups(null)).isEmpty();
        assertThat(ProviderAccess.groups(Set.of())).isEmpty();
    }
}
