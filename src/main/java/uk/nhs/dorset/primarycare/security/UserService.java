package uk.nhs.dorset.primarycare.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.validation.Forms;

/** Administrators' management of sign-ins: add users, set roles, reset passwords, disable. */
@Service
@RolesAllowed(Role.ADMIN_)
public class UserService {

    static final int MIN_PASSWORD_LENGTH = Password.MIN;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final SessionStamps stamps;

    UserService(AppUserRepository users, PasswordEncoder encoder, CurrentUser currentUser, SessionStamps stamps) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.stamps = stamps;
    }

    @Transactional(readOnly = true)
    public Page<AppUser> search(String text, Pageable pageable) {
        return users.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(text, text, pageable);
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return users.countByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(text, text);
    }

    /** One user as saved now, as a form that met someone else's change reloads it. */
    @Transactional(readOnly = true)
    public AppUser user(long id) {
        return users.findById(id).orElseThrow(() -> new NotFound("User"));
    }

    /** Adds a user from separate values, as a caller without a form has them. */
    @Transactional
    public AppUser create(String username, String displayName, String password, Set<Role> roles,
                          @Nullable String practiceOdsCode) {
        return create(UserForm.of(username, displayName, password, roles, practiceOdsCode));
    }

    @Transactional
    public AppUser create(UserForm form) {
        refuseProblems(Forms.problems(form));
        if (users.existsByUsernameIgnoreCase(form.getUsername())) {
            throw new IllegalArgumentException("The username " + form.getUsername() + " is taken");
        }
        refuseProblems(PasswordPolicy.problem(form.getPassword(), form.getUsername()).stream().toList());
        AppUser user = new AppUser(form.getUsername(), form.getDisplayName(), encoder.encode(form.getPassword()),
                form.getRoles(), form.getPractice());
        user.setEmail(form.getEmail());
        // The administrator knows this password; the user replaces it at first sign-in.
        user.setPasswordChangeRequired(true);
        return users.save(user);
    }

    /** Where a user's notifications are mailed; none keeps them in the application only. */
    @Transactional
    public AppUser setEmail(long id, @Nullable String email) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFound("User"));
        UserForm checked = new UserForm();
        checked.setEmail(email);
        refuseProblems(Forms.problems(new EmailAddress(checked.getEmail())));
        user.setEmail(checked.getEmail());
        return users.save(user);
    }

    static final String ROLES_FROM_GROUPS = "This user signs in through the organisation's provider: their roles come from"
            + " their groups there, through the sign-in groups page";

    @Transactional
    public AppUser updateRoles(long id, long version, Set<Role> roles, @Nullable String practiceOdsCode) {
        AppUser user = load(id, version);
        if (user.signsInThroughProvider()) {
            throw new IllegalArgumentException(ROLES_FROM_GROUPS);
        }
        if (isSelf(user) && !roles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("You cannot remove your own administrator role");
        }
        Set<Role> before = user.getRoles();
        String practiceBefore = user.getPracticeOdsCode();
        user.assignRoles(roles, practiceOdsCode);
        if (!before.equals(user.getRoles()) || !java.util.Objects.equals(practiceBefore, user.getPracticeOdsCode())) {
            endSessions(user);
        }
        return save(user);
    }

    /**
     * Ties a user who signs in through the provider to the practice they manage, for when the
     * provider sends no ODS code; it counts from their next sign-in, as their groups do.
     */
    @Transactional
    public AppUser tieToPractice(long id, long version, @Nullable String practiceOdsCode) {
        AppUser user = load(id, version);
        if (!user.signsInThroughProvider()) {
            throw new IllegalArgumentException("Set a local account's practice with its roles");
        }
        user.tieToPractice(practiceOdsCode);
        return save(user);
    }

    @Transactional
    public AppUser resetPassword(long id, long version, String newPassword) {
        AppUser user = load(id, version);
        if (user.signsInThroughProvider()) {
            throw new IllegalArgumentException("This user signs in through the organisation's provider, which keeps their password");
        }
        refuseProblems(Forms.problems(PasswordForm.of(newPassword)));
        refuseProblems(PasswordPolicy.problem(newPassword, user.getUsername()).stream().toList());
        user.setPasswordHash(encoder.encode(newPassword));
        user.setPasswordChangeRequired(true);
        endSessions(user);
        return save(user);
    }

    @Transactional
    public AppUser setEnabled(long id, long version, boolean enabled) {
        AppUser user = load(id, version);
        if (isSelf(user) && !enabled) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            endSessions(user);
        }
        return save(user);
    }

    /** What the user may do changed: the sessions they have open end at their next request. */
    private void endSessions(AppUser user) {
        user.endSessions();
        stamps.changed(user.getUsername());
    }

    private AppUser load(long id, long version) {
        AppUser user = Workflows.seen(users.findById(id).orElseThrow(() -> new NotFound("User")), version, "user");
        return user;
    }

    private AppUser save(AppUser user) {
        return Workflows.flush(users, user, "user");
    }

    private boolean isSelf(AppUser user) {
        return user.getUsername().equalsIgnoreCase(currentUser.actor().username());
    }

    private static void refuseProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
    }
}
