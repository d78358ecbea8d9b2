package uk.nhs.dorset.primarycare.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.validation.Text;

/**
 * What an administrator types to add a user. The field rules are declared here once: the
 * users view's binder shows them at the field and {@link UserService} checks them again.
 * Whether a practice manager has a practice joins two fields, so the user record checks it.
 */
public class UserForm {

    /** The lengths of {@code app_user.username} and {@code app_user.display_name}. */
    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    @Pattern(regexp = "[a-z0-9._@-]{3," + USERNAME_MAX + "}", flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "A username is 3 to " + USERNAME_MAX + " letters, digits or . _ @ -")
    private String username = "";
    @Text(what = "The display name", max = DISPLAY_NAME_MAX, required = true, whenBlank = "Give the user a display name")
    private String displayName = "";
    @Password
    private String password = "";
    @NotEmpty(message = AppUser.NEEDS_A_ROLE)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    /** Where notifications are mailed; a shared mailbox is fine. */
    @jakarta.validation.constraints.Email(message = EmailAddress.NOT_AN_ADDRESS)
    @jakarta.validation.constraints.Size(max = EMAIL_MAX, message = EmailAddress.TOO_LONG)
    @Nullable
    private String email;
    /** The ODS code of a practice manager's practice. */
    @Nullable
    private String practice;

    public static UserForm of(String username, String displayName, String password, Set<Role> roles,
                              @Nullable String practice) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setPassword(password);
        form.setRoles(roles);
        form.setPractice(practice);
        return form;
    }

    /** Usernames are stored lower-case so that signing in ignores case. */
    public String getUsername() { return username; }
    public void setUsername(@Nullable String username) { this.username = username == null ? "" : username.strip().toLowerCase(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(@Nullable String displayName) { this.displayName = displayName == null ? "" : displayName.strip(); }
    public String getPassword() { return password; }
    public void setPassword(@Nullable String password) { this.password = password == null ? "" : password; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public void setRoles(@Nullable Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email == null || email.isBlank() ? null : email.strip(); }
    public @Nullable String getPractice() { return practice; }
    public void setPractice(@Nullable String practice) { this.practice = practice; }
}
