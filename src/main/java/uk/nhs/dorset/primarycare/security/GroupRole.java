package uk.nhs.dorset.primarycare.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.envers.Audited;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * One line of the mapping from the provider's groups (or app roles) to the hub's roles: people
 * in this group get this role at their next sign-in. A group may give several roles.
 */
@Entity
@Table(name = "sso_group_role")
@Audited(withModifiedFlag = false)
public class GroupRole extends AbstractEntity {

    static final int GROUP_MAX = 255;

    /** As the administrator typed it: an Entra ID group's object id, a Keycloak group's path, an app role's value. */
    @Column(name = "group_name", nullable = false, length = GROUP_MAX)
    private String group;

    /** The group as it is matched: providers and administrators differ in case and spaces. */
    @Column(name = "group_key", nullable = false, length = GROUP_MAX)
    private String groupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    protected GroupRole() {
        this.group = "";
        this.groupKey = "";
        this.role = Role.TEAM;
    }

    GroupRole(String group, Role role) {
        this.group = group.strip();
        this.groupKey = key(group);
        this.role = role;
    }

    static String key(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }

    public String getGroup() {
        return group;
    }

    String getGroupKey() {
        return groupKey;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public String kind() {
        return "Sign-in group";
    }

    @Override
    public String label() {
        return group + " gives " + role.label();
    }

    @Override
    public String link() {
        return "admin/sign-in-groups";
    }
}
