package uk.nhs.dorset.primarycare.security;

import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * In production the hub starts with one administrator whose password comes from the
 * environment ({@code HUB_ADMIN_PASSWORD}, held to the same {@link PasswordPolicy} as every
 * other password); it is created only while there are no users.
 */
@Component
@Profile("prod")
class AdminBootstrap implements ApplicationRunner {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    AdminBootstrap(AppUserRepository users, PasswordEncoder encoder,
                   @Value("${hub.admin.username:admin}") String username,
                   @Value("${hub.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("Set HUB_ADMIN_PASSWORD (at least " + UserService.MIN_PASSWORD_LENGTH
                    + " characters) for the first administrator");
        }
        PasswordPolicy.problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("HUB_ADMIN_PASSWORD is refused: " + problem);
        });
        // Whoever sets the environment chose this password, so it need not be changed at first sign-in.
        users.save(new AppUser(username, "Administrator", encoder.encode(password), EnumSet.of(Role.ADMIN), null));
    }
}
