package uk.nhs.dorset.primarycare.security;

import java.util.EnumSet;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.DemoLoader;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.Role;

/** The demo sign-ins, one per role and a second estates lead, all with password "demo"; never under the prod profile. */
@Component
class DemoUsers extends DemoLoader {

    static final String PASSWORD = "demo";
    static final String PRACTICE_ODS_CODE = "J81002";

    private final AppUserRepository users;
    private final GroupRoleRepository groupRoles;
    private final PasswordEncoder encoder;

    DemoUsers(AppUserRepository users, GroupRoleRepository groupRoles, PasswordEncoder encoder, StartUpUser startUpUser,
              ApplicationClock clock) {
        super(startUpUser, clock);
        this.users = users;
        this.groupRoles = groupRoles;
        this.encoder = encoder;
    }

    static final String MAIL_DOMAIN = "primary-care-hub.example";

    private static AppUser withEmail(AppUser user) {
        user.setEmail(user.getUsername() + "@" + MAIL_DOMAIN);
        return user;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean isLoaded() {
        return users.count() > 0;
    }

    @Override
    protected void loadAll() {
        String hash = encoder.encode(PASSWORD);
        // Addresses are the roles' shared mailboxes, not people's; Mailpit in docker/compose.yaml catches them.
        users.save(withEmail(new AppUser("team", "Primary care team (demo)", hash, EnumSet.of(Role.TEAM), null)));
        users.save(withEmail(new AppUser("estates", "Estates lead (demo)", hash, EnumSet.of(Role.ESTATES), null)));
        // Money needs two people: whoever reviewed a bid cannot approve it, so the demo has a second lead.
        users.save(withEmail(new AppUser("estates2", "Second estates lead (demo)", hash, EnumSet.of(Role.ESTATES), null)));
        users.save(withEmail(new AppUser("manager", "Programme manager (demo)", hash, EnumSet.of(Role.MANAGER), null)));
        users.save(withEmail(new AppUser("admin", "Administrator (demo)", hash, EnumSet.of(Role.ADMIN), null)));
        users.save(withEmail(new AppUser("practice", "Practice manager, J81002 (demo)", hash, EnumSet.of(Role.PRACTICE), PRACTICE_ODS_CODE)));
        // The groups of the local Keycloak (docker/keycloak/realm.json), so single sign-on can be tried at once.
        groupRoles.save(new GroupRole("hub-team", Role.TEAM));
        groupRoles.save(new GroupRole("hub-estates", Role.ESTATES));
        groupRoles.save(new GroupRole("hub-managers", Role.MANAGER));
        groupRoles.save(new GroupRole("hub-admins", Role.ADMIN));
        groupRoles.save(new GroupRole("hub-practice-managers", Role.PRACTICE));
    }
}
