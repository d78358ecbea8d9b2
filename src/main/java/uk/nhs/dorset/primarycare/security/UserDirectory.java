package uk.nhs.dorset.primarycare.security;

import java.util.List;
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

    @Transactional(readOnly = true)
    public Optional<UserContact> find(String username) {
        return users.findByUsernameIgnoreCase(username).filter(AppUser::isEnabled).map(UserContact::of);
    }
}
