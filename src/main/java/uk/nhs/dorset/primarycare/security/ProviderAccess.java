package uk.nhs.dorset.primarycare.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * What a person signing in through the provider may do: the roles their groups are mapped to,
 * and for a practice manager the practice named by the provider's ODS code claim or, without
 * one, the practice an administrator tied them to. A practice manager with no practice gets no
 * practice role: they would see nothing, and "no access yet" tells them whom to ask.
 */
record ProviderAccess(Set<Role> roles, @Nullable String practiceOdsCode, boolean missingPractice) {

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");

    ProviderAccess {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static ProviderAccess of(Set<Role> rolesOfGroups, @Nullable String odsCodeClaim, @Nullable String tiedPractice) {
        String claimed = odsCodeClaim == null ? null : odsCodeClaim.strip().toUpperCase(Locale.ROOT);
        String practice = claimed != null && ODS_CODE.matcher(claimed).matches() ? claimed : tiedPractice;
        Set<Role> roles = rolesOfGroups.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(rolesOfGroups);
        boolean missing = roles.contains(Role.PRACTICE) && (practice == null || practice.isBlank());
        if (missing) {
            roles.remove(Role.PRACTICE);
        }
        return new ProviderAccess(roles, practice, missing);
    }

    static Set<Role> rolesOf(Collection<String> groups, Collection<GroupRole> mapping) {
        Set<String> keys = groups.stream().map(GroupRole::key).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mapping.stream().filter(m -> keys.contains(m.getGroupKey())).forEach(m -> roles.add(m.getRole()));
        return roles;
    }

    /** The groups claim as providers send it: a list of strings, or one string when there is only one. */
    static List<String> groups(@Nullable Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null).map(String::valueOf).filter(v -> !v.isBlank()).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value);
        }
        return List.of();
    }

    /**
     * Whether the provider left the groups out for being too many: Microsoft Entra ID then sends
     * no groups claim but names it in {@code _claim_names}, for a Graph call the hub does not make.
     */
    static boolean groupsLeftOut(Map<String, Object> claims, String groupsClaim) {
        return !claims.containsKey(groupsClaim) && claims.get("_claim_names") instanceof Map<?, ?> names
                && names.containsKey(groupsClaim);
    }
}
