package uk.nhs.dorset.primarycare.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * The user behind a sign-in through the provider: found by the provider's subject, or created at
 * the first sign-in with no role; their roles and practice worked out again from the groups and
 * claims of this sign-in. When that changes what they may do, their other sessions end.
 */
@Service
class ProviderAccounts {

    /** The error code of a refusal the hub itself makes, whose description is for the user. */
    static final String REFUSED = "hub_refused";
    static final String DISABLED = "Your account has been disabled; ask an administrator if you need it again";
    private static final Logger log = LoggerFactory.getLogger(ProviderAccounts.class);

    private final AppUserRepository users;
    private final GroupRoleRepository mappings;
    private final SessionStamps stamps;
    private final SsoSettings settings;

    ProviderAccounts(AppUserRepository users, GroupRoleRepository mappings, SessionStamps stamps, SsoSettings settings) {
        this.users = users;
        this.mappings = mappings;
        this.stamps = stamps;
        this.settings = settings;
    }

    @Transactional
    public AppUser signedIn(OidcUser person) {
        String issuer = String.valueOf(person.getIssuer());
        String subject = person.getSubject();
        String displayName = displayName(person);
        AppUser user = users.findBySsoIssuerAndSsoSubject(issuer, subject).orElseGet(() -> {
            AppUser created = AppUser.fromProvider(freeUsername(person), displayName, issuer, subject);
            log.info("First sign-in through the provider of {} (subject {}): user created", created.getUsername(), subject);
            return created;
        });
        if (!user.isEnabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, DISABLED, null));
        }
        List<String> groups = ProviderAccess.groups(person.getClaims().get(settings.groupsClaim()));
        Set<Role> ofGroups = ProviderAccess.rolesOf(groups, mappings.findByGroupKeyIn(groups.stream().map(GroupRole::key).toList()));
        String odsClaim = settings.odsCodeClaim().isEmpty() ? null : person.getClaimAsString(settings.odsCodeClaim());
        ProviderAccess access = ProviderAccess.of(ofGroups, odsClaim, user.getPracticeOdsCode());
        if (!displayName.equals(user.getDisplayName())) {
            user.setDisplayName(displayName);
        }
        if (user.applyProviderAccess(access) && !user.isNew()) {
            log.info("Access of {} changed at sign-in to {}: their other sessions end", user.getUsername(), access.roles());
            user.endSessions();
            stamps.changed(user.getUsername());
        }
        if (ProviderAccess.groupsLeftOut(person.getClaims(), settings.groupsClaim())) {
            // Without the groups nobody can tell which roles still apply, so none do until the provider sends them.
            log.warn("{} is in more groups than the provider puts in a token, so it sent none and {} has no role: "
                    + "send only the groups assigned to the application, or app roles (HUB_OIDC_GROUPS_CLAIM=roles)",
                    user.getUsername(), user.getUsername());
        } else if (access.roles().isEmpty()) {
            log.info("{} signed in with groups {}, which give no role", user.getUsername(), groups);
        }
        return users.saveAndFlush(user);
    }

    private static String displayName(OidcUser person) {
        String name = person.getFullName();
        if (name == null || name.isBlank()) {
            name = person.getEmail();
        }
        if (name == null || name.isBlank()) {
            name = person.getSubject();
        }
        name = name.strip();
        return name.length() > UserForm.DISPLAY_NAME_MAX ? name.substring(0, UserForm.DISPLAY_NAME_MAX) : name;
    }

    /**
     * A username like the provider's, made of the characters usernames may have, and not one
     * already in use: a provider account called "admin" must never become the local administrator.
     */
    private String freeUsername(OidcUser person) {
        String wanted = first(person.getClaimAsString(settings.usernameClaim()), person.getEmail(), person.getSubject());
        String base = wanted.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
        if (base.length() < 3) {
            base = base + "-user";
        }
        base = base.length() > UserForm.USERNAME_MAX - 6 ? base.substring(0, UserForm.USERNAME_MAX - 6) : base;
        String username = base;
        for (int n = 2; users.existsByUsernameIgnoreCase(username); n++) {
            username = base + "-" + n;
        }
        return username;
    }

    private static String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "user";
    }
}
