package uk.nhs.dorset.primarycare.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.data.domain.Pageable;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/**
 * Views are guarded by the navigation check on their {@code @RolesAllowed}; the services under
 * them by method security. A view built as a method-security proxy guarded nothing more and cost
 * a scan of its hundreds of methods on every navigation (about 40% of opening a page).
 */
class ViewsOutsideMethodSecurityIT extends ViewTest {

    @Autowired
    GrantService grants;


    @ParameterizedTest
    @ValueSource(strings = {"grants", "practices", "mergers", "estates", "workforce", "programme/audit", ""})
    void aViewIsTheViewItselfNotAProxy(String route) {
        signIn("manager");
        UI.getCurrent().navigate(route);
        HasElement view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(AopUtils.isAopProxy(view)).as("the view at /" + route + " is a proxy").isFalse();
    }

    @Test
    void theServicesStillRefuseARoleTheyDoNotAllow() {
        signIn("admin");
        assertThatThrownBy(() -> grants.search(GrantFilter.all(), Pageable.ofSize(5)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
