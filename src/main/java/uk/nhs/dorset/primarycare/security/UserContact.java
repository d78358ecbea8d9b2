package uk.nhs.dorset.primarycare.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Role;

/** What other features need to reach a user: who they are, what they do, where mail goes. */
public record UserContact(String username, String displayName, @Nullable String email, Set<Role> roles,
                          @Nullable String practiceOdsCode) {

    static UserContact of(AppUser user) {
        return new UserContact(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                user.getRoles().contains(Role.PRACTICE) ? user.getPracticeOdsCode() : null);
    }
}
