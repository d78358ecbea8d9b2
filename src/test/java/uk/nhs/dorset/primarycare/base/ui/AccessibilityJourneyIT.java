package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.pages.Accessibility;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;

/**
 * Every screen each role opens meets WCAG 2.2 AA as axe-core checks it in Chromium, with one
 * h1 and a main landmark: every route in the role's menu, and a record of each kind it works on.
 */
class AccessibilityJourneyIT extends BrowserTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    GrantService grants;
    @Autowired
    EttfService estates;
    @Autowired
    MergerService mergers;

    @ParameterizedTest
    @ValueSource(strings = {"team", "estates", "manager", "admin", "practice"})
    void everyScreenTheRoleOpensHasNoAccessibilityViolation(String role) {
        Map<String, String> records = records(role);
        MainFrame frame = signIn(role);
        List<String> routes = new ArrayList<>(frame.menuPaths());
        routes.addAll(records.values());
        routes.add("/account");
        if (role.equals("manager")) {
            // The workforce page's other sections, each its own address; checked once, as the role that reads them all.
            for (String section : List.of("localities", "clusters", "validation", "practices")) {
                routes.add("/workforce?tab=" + section);
            }
        }

        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String route : routes) {
            open(route);
            page.waitForSelector("[role=main]");
            List<String> found = new Accessibility(page).problems();
            if (!found.isEmpty()) {
                problems.put(route, found);
            }
        }
        System.out.printf("Accessibility as %s: %d screens checked, %d with problems%n", role, routes.size(), problems.size());
        problems.forEach((route, found) -> found.forEach(p -> System.out.println("  " + route + ": " + p)));
        assertThat(problems).as("WCAG 2.2 AA problems on the screens %s opens", role).isEmpty();
    }

    /** Runs a lookup the role may be refused: a role that may not list a kind of record has none to check. */
    private static void ifAllowed(Runnable lookup) {
        try {
            lookup.run();
        } catch (AccessDeniedException refused) {
            // Not this role's work.
        }
    }

    /** A record of each kind the role works on, found through the services as that role sees them. */
    private Map<String, String> records(String role) {
        Map<String, String> records = new LinkedHashMap<>();
        SignIn.as(users, role);
        try {
            records.put("practice", "/practices/J81002");
            records.put("profile", "/workforce/J81002");
            ifAllowed(() -> grants.search(GrantFilter.all(), Pageable.ofSize(1)).stream().findFirst()
                    .ifPresent(bid -> records.put("bid", "/grants/" + bid.id())));
            ifAllowed(() -> estates.list(EttfFilter.all()).stream().findFirst()
                    .ifPresent(p -> records.put("project", "/estates/" + p.getId())));
            ifAllowed(() -> mergers.list(MergerFilter.none()).stream().findFirst()
                    .ifPresent(c -> records.put("case", "/mergers/" + c.getId())));
        } finally {
            SignIn.out();
        }
        return records;
    }
}
