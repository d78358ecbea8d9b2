package uk.nhs.dorset.primarycare.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.EttfWorkflowFixture;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerWorkflowFixture;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;
import uk.nhs.dorset.primarycare.workforce.WorkforceWorkflowFixture;

/** Every workflow grid narrows to one owner's records, or to nobody's, through the link's {@code owner=}. */
@IntegrationTest
class OwnerFiltersIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserDetailsService users;

    /** A grid's rows for the query string a link carries: the ids on its first page. */
    interface Grid {
        List<Long> ids(ApplicationContext context, Map<String, String> query);
    }

    static Stream<Arguments> grids() {
        Grid grants = (c, q) -> c.getBean(GrantService.class).search(GrantFilter.fromQuery(q, name -> null), page()).stream().map(b -> b.id()).toList();
        Grid estates = (c, q) -> ids(c.getBean(EttfService.class).search(EttfFilter.fromQuery(q, name -> null), page()).getContent());
        Grid mergers = (c, q) -> ids(c.getBean(MergerService.class).search(MergerFilter.fromQuery(q), page()).getContent());
        Grid workforce = (c, q) -> c.getBean(WorkforceService.class).search(ProfileFilter.fromQuery(q), page()).stream()
                .map(p -> p.id()).toList();
        return Stream.of(
                Arguments.of("grants", (Function<ApplicationContext, WorkflowFixture>) GrantWorkflowFixture::new, grants),
                Arguments.of("estates", (Function<ApplicationContext, WorkflowFixture>) EttfWorkflowFixture::new, estates),
                Arguments.of("mergers", (Function<ApplicationContext, WorkflowFixture>) MergerWorkflowFixture::new, mergers),
                Arguments.of("workforce", (Function<ApplicationContext, WorkflowFixture>) WorkforceWorkflowFixture::new, workforce));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void theGridShowsOnlyTheOwnersRecordsOrOnlyThoseNobodyOwns(String name, Function<ApplicationContext, WorkflowFixture> make,
                                                              Grid grid) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> owned = workflow.create();
        WorkflowRecord<?> unowned = workflow.create();
        SignIn.as(users, "manager");
        assignments.assign(owned.ref(), owned.getVersion(), "estates2");

        List<Long> estates2s = grid.ids(context, Map.of("owner", "estates2"));
        assertThat(estates2s).contains(owned.getId()).doesNotContain(unowned.getId());
        List<Long> nobodys = grid.ids(context, Map.of("owner", "none"));
        assertThat(nobodys).doesNotContain(owned.getId());
        assertThat(grid.ids(context, Map.of("owner", "none", "q", "", "status", ""))).isEqualTo(nobodys);
        assertThat(grid.ids(context, Map.of("owner", "someone-who-owns-nothing"))).isEmpty();
        workflow.discard(owned.getId());
        workflow.discard(unowned.getId());
    }

    private static PageRequest page() {
        return PageRequest.of(0, 2000);
    }

    private static List<Long> ids(List<? extends AbstractEntity> rows) {
        return rows.stream().map(AbstractEntity::getId).toList();
    }
}
