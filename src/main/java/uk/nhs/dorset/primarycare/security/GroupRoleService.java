package uk.nhs.dorset.primarycare.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * Administrators' mapping of the provider's groups to the hub's roles. A change applies at each
 * person's next sign-in, when their roles are worked out again from the groups the provider sends.
 */
@Service
@RolesAllowed(Role.ADMIN_)
public class GroupRoleService {

    private final GroupRoleRepository mappings;

    GroupRoleService(GroupRoleRepository mappings) {
        this.mappings = mappings;
    }

    @Transactional(readOnly = true)
    public List<GroupRole> all() {
        return mappings.findAllByOrderByGroupKeyAscRoleAsc();
    }

    @Transactional
    public GroupRole add(String group, Role role) {
        String name = group == null ? "" : group.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Type the group as the provider sends it: its name, path or id");
        }
        if (name.length() > GroupRole.GROUP_MAX) {
            throw new IllegalArgumentException("A group is at most " + GroupRole.GROUP_MAX + " characters");
        }
        if (mappings.existsByGroupKeyAndRole(GroupRole.key(name), role)) {
            throw new IllegalArgumentException("The group " + name + " already gives the role " + role.label());
        }
        return mappings.saveAndFlush(new GroupRole(name, role));
    }

    @Transactional
    public void remove(long id) {
        GroupRole mapping = mappings.findById(id).orElseThrow(() -> new NotFound("Sign-in group"));
        mappings.delete(mapping);
        mappings.flush();
    }
}
