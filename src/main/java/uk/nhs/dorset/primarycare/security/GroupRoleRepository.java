package uk.nhs.dorset.primarycare.security;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupRoleRepository extends JpaRepository<GroupRole, Long> {

    List<GroupRole> findByGroupKeyIn(Collection<String> groupKeys);

    boolean existsByGroupKeyAndRole(String groupKey, uk.nhs.dorset.primarycare.base.Role role);

    List<GroupRole> findAllByOrderByGroupKeyAscRoleAsc();
}
