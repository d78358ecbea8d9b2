package uk.nhs.dorset.primarycare.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;

/** A person who signs in. A practice manager is tied to exactly one practice. */
@Entity
@Table(name = "app_user")
@Audited(withModifiedFlag = false)
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = UserForm.USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = UserForm.DISPLAY_NAME_MAX)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "practice_ods_code", length = 10)
    private @Nullable String practiceOdsCode;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where the user's notifications are mailed; a shared mailbox is fine. None: in the application only. */
    @Column(length = 254)
    private @Nullable String email;

    /**
     * Changes whenever what the user may do changes (disabled, roles, password): a session
     * signed in under another stamp is ended at its next request, on every application node.
     */
    @NotAudited
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    /** The password was set by an administrator, so only the user should know the next one. */
    @NotAudited
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * The provider and the person's subject there, for a user who signs in through single sign-on;
     * null for a local account. The provider's own username never decides which user signs in.
     */
    @NotAudited
    @Column(name = "sso_issuer", length = 300)
    private @Nullable String ssoIssuer;

    @NotAudited
    @Column(name = "sso_subject", length = 255)
    private @Nullable String ssoSubject;

    /** A user who signs in through single sign-on has no password here; none can match it. */
    static final String NO_PASSWORD = "";

    protected AppUser() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles,
                   @Nullable String practiceOdsCode) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        assignRoles(roles, practiceOdsCode);
    }

    /** A user first met at a sign-in through the provider: no role until their groups are mapped. */
    static AppUser fromProvider(String username, String displayName, String issuer, String subject) {
        AppUser user = new AppUser();
        user.username = username;
        user.displayName = displayName;
        user.passwordHash = NO_PASSWORD;
        user.ssoIssuer = issuer;
        user.ssoSubject = subject;
        return user;
    }

    public boolean signsInThroughProvider() {
        return ssoSubject != null;
    }

    /**
     * What the provider's groups give a single sign-on user at this sign-in; no role is allowed,
     * as a person can be known before they are given access. Tells whether anything changed.
     */
    boolean applyProviderAccess(ProviderAccess access) {
        boolean changed = !roles.equals(access.roles()) || !java.util.Objects.equals(practiceOdsCode, access.practiceOdsCode());
        this.roles = access.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(access.roles());
        this.practiceOdsCode = access.practiceOdsCode();
        return changed;
    }

    /** An administrator ties a single sign-on user to a practice; it counts from their next sign-in. */
    void tieToPractice(@Nullable String odsCode) {
        this.practiceOdsCode = odsCode == null || odsCode.isBlank() ? null : odsCode.strip();
    }

    static final String NEEDS_A_ROLE = "Give the user at least one role";

    /** A practice manager must name their practice; no one else is tied to one. */
    void assignRoles(Set<Role> newRoles, @Nullable String odsCode) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException(NEEDS_A_ROLE);
        }
        boolean practiceUser = newRoles.contains(Role.PRACTICE);
        if (practiceUser && (odsCode == null || odsCode.isBlank())) {
            throw new IllegalArgumentException("A practice manager must be tied to a practice");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.practiceOdsCode = practiceUser ? odsCode : null;
    }

    public Actor toActor() {
        // A single sign-on user may be tied to a practice before their groups make them its manager.
        return new Actor(username, roles, roles.contains(Role.PRACTICE) ? practiceOdsCode : null);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public @Nullable String getPracticeOdsCode() {
        return practiceOdsCode;
    }

    public @Nullable String getEmail() {
        return email;
    }

    void setEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }

    /** Ends every session the user has open now. */
    void endSessions() {
        sessionStamp++;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean required) {
        this.passwordChangeRequired = required;
    }

    @Override
    public String kind() {
        return "User";
    }

    @Override
    public String label() {
        return getUsername();
    }

    @Override
    public String link() {
        return "admin/users";
    }
}
