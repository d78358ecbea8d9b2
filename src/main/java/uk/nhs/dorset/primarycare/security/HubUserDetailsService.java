package uk.nhs.dorset.primarycare.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class HubUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    HubUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // A user of the provider has no password here: to a password sign-in they do not exist.
        return users.findByUsernameIgnoreCase(username.strip())
                .filter(user -> !user.signsInThroughProvider())
                .map(HubUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
