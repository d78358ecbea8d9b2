package uk.nhs.dorset.primarycare.security;

import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;

/** Users as a first sign-in through the provider makes them, for tests that need one without a provider. */
public final class ProviderUsers {

    private ProviderUsers() {
    }

    public static AppUser save(AppUserRepository users, String username, Set<Role> roles) {
        AppUser user = AppUser.fromProvider(username, "Signed in with the provider", "https://login.example.nhs.uk", username);
        user.applyProviderAccess(ProviderAccess.of(roles, null, null));
        return users.save(user);
    }
}
