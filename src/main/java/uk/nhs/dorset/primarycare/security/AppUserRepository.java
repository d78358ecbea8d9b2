package uk.nhs.dorset.primarycare.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.nhs.dorset.primarycare.base.Role;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    boolean existsByUsernameIgnoreCase(String username);

    /** Two columns, read on requests of signed-in users, so no user row with its roles is loaded for it. */
    @Query("select new uk.nhs.dorset.primarycare.security.UserStanding(u.sessionStamp, u.enabled) from AppUser u"
            + " where lower(u.username) = lower(:username)")
    Optional<UserStanding> findStanding(@Param("username") String username);

    @Query("select distinct u from AppUser u join u.roles r where u.enabled = true and r in :roles")
    List<AppUser> findEnabledWithAnyRole(@Param("roles") Set<Role> roles);

    Page<AppUser> findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(String username, String displayName, Pageable pageable);

    long countByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(String username, String displayName);
}
