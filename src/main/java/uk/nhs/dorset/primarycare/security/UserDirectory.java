package uk.nhs.dorset.primarycare.security;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * The enabled users other features may address, by role or by practice. Read inside the
 * caller's transaction, with no role check: it answers the application, not a signed-in user.
 */
@Service
public class UserDirectory {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<UserContact> withAnyRole(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return users.findEnabledWithAnyRole(roles).stream().map(UserContact::of).toList();
    }

    /** The commissioner's staff, who may own records, by username with the names users read; by name. */
    @Transactional(readOnly = true)
    public Map<String, String> staffNames() {
        Map<String, String> names = new LinkedHashMap<>();
        withAnyRole(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER)).stream()
                .sorted(Comparator.comparing(UserContact::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(user -> names.put(user.username(), user.displayName() + " (" + user.username() + ")"));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<UserContact> find(String username) {
        return users.findByUsernameIgnoreCase(username).filter(AppUser::isEnabled).map(UserContact::of);
    }
}
