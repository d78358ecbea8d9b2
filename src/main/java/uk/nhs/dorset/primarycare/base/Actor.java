package uk.nhs.dorset.primarycare.base;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting: the signed-in user's name, roles and, for a practice manager, the one
 * practice they may see. Workflow verbs take an actor so they can record who did what.
 */
public record Actor(String username, Set<Role> roles, @Nullable String practiceOdsCode) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), null);
    }

    public static Actor practiceManager(String username, String odsCode) {
        return new Actor(username, EnumSet.of(Role.PRACTICE), odsCode);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** A practice manager sees only their own practice; everyone else sees all practices. */
    public boolean maySeePractice(String odsCode) {
        if (!has(Role.PRACTICE) || hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER, Role.ADMIN))) {
            return true;
        }
        return odsCode.equals(practiceOdsCode);
    }

    /** True when this actor's view of the data is limited to one practice. */
    public boolean isPracticeScoped() {
        return has(Role.PRACTICE) && !hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER, Role.ADMIN));
    }
}
