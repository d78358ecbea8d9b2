package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.UserService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * Every role against every service method of the practice register and user administration:
 * allowed calls get past the role check (they may then fail on their arguments), refused ones
 * get AccessDeniedException; a practice manager never reads another practice.
 */
@IntegrationTest
class PracticeSecurityIT {

    @Autowired
    PracticeService service;
    @Autowired
    PracticeImportService imports;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void as(String user) {
        // A browserless test earlier in this JVM may leave a Vaadin session on the thread, which
        // the Vaadin-aware security context strategy would read instead of this sign-in.
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        SignIn.as(userDetailsService, user);
    }

    /** Allowed: the call may fail, but not on the role check. */
    private static void allowed(ThrowingCallable call) {
        try {
            call.call();
        } catch (Throwable t) {
            assertThat(t).isNotInstanceOf(AccessDeniedException.class);
        }
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static void check(boolean allow, ThrowingCallable call) {
        if (allow) {
            allowed(call);
        } else {
            refused(call);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "estates", "manager", "admin", "practice"})
    void everyRoleReadsThePracticesItMaySee(String user) {
        as(user);
        assertThatCode(() -> {
            service.find("J81002");
            service.get("J81002");
            service.search(PracticeFilter.ALL, PageRequest.of(0, 10));
            service.count(PracticeFilter.ALL);
            service.totals(PracticeFilter.ALL);
            service.openPractices();
            service.localities();
            service.pcns("", 0, 10);
            service.branches("J81002");
            service.history("J81002");
            service.localitySummaries();
            service.streamAll(PracticeFilter.ALL, Sort.unsorted()).count();
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "estates", "manager", "admin", "practice"})
    void onlyTeamAndAdminUpdateAPractice(String user) {
        as(user);
        boolean allow = Set.of("team", "admin").contains(user);
        Practice p = service.get("J81002");
        check(allow, () -> service.update("J81002", p.getVersion(), PracticeEdit.of(p)));
        if (allow) {
            assertThatCode(() -> service.update("J81002", service.get("J81002").getVersion(), PracticeEdit.of(service.get("J81002"))))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "estates", "manager", "admin", "practice"})
    void onlyTeamAndManagerRecordAMerger(String user) {
        as(user);
        boolean allow = Set.of("team", "manager").contains(user);
        // Unknown codes: an allowed role gets past the role check to "not found".
        ThrowingCallable merge = () -> service.recordMerger("Z00001", "Z00002", 1000, LocalDate.of(2018, 4, 1));
        if (allow) {
            assertThatThrownBy(merge).isInstanceOf(NotFound.class);
        } else {
            refused(merge);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "estates", "manager", "admin", "practice"})
    void onlyAdminImports(String user) {
        as(user);
        boolean allow = "admin".equals(user);
        check(allow, () -> imports.dryRunEpraccur(new byte[0], "11J"));
        check(allow, () -> imports.dryRunListSizes(new byte[0]));
        as("admin");
        ImportPlan plan = imports.dryRunEpraccur(("\"X1\"\n").getBytes(), "11J");
        as(user);
        check(allow, () -> imports.applyEpraccur(plan, p -> { }, () -> false));
        check(allow, () -> imports.applyListSizes(plan, p -> { }, () -> false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "estates", "manager", "admin", "practice"})
    void onlyAdminManagesUsers(String user) {
        as(user);
        boolean allow = "admin".equals(user);
        check(allow, () -> users.search("", PageRequest.of(0, 10)));
        check(allow, () -> users.count(""));
        check(allow, () -> users.create("x", "X", "short", Set.of(Role.TEAM), null));
        check(allow, () -> users.updateRoles(-1, 0, Set.of(Role.TEAM), null));
        check(allow, () -> users.resetPassword(-1, 0, "long enough password"));
        check(allow, () -> users.setEnabled(-1, 0, true));
    }

    @org.junit.jupiter.api.Test
    void aPracticeManagerCannotReadAnotherPractice() {
        as("practice");
        assertThat(service.find("J81003")).isEmpty();
        assertThat(service.find("j81002")).isPresent();
        assertThatThrownBy(() -> service.get("J81003")).isInstanceOf(NotFound.class).hasMessage("Practice J81003 not found");
        assertThatThrownBy(() -> service.history("J81003")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.branches("J81003")).isInstanceOf(NotFound.class);
        assertThat(service.search(PracticeFilter.ALL.withText("J81003"), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.search(PracticeFilter.ALL, PageRequest.of(0, 200)).getContent())
                .extracting(PracticeRow::odsCode).containsExactly("J81002");
        assertThat(service.totals(PracticeFilter.ALL).practices()).isEqualTo(1);
        assertThat(service.openPractices()).extracting(Practice::getOdsCode).containsExactly("J81002");
        assertThat(service.streamAll(PracticeFilter.ALL, Sort.unsorted())).extracting(PracticeRow::odsCode).containsExactly("J81002");
    }
}
