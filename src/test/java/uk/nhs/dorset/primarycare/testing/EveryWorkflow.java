package uk.nhs.dorset.primarycare.testing;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.context.ApplicationContext;
import uk.nhs.dorset.primarycare.estates.EttfWorkflowFixture;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.mergers.MergerWorkflowFixture;
import uk.nhs.dorset.primarycare.workforce.WorkforceWorkflowFixture;

/** Every workflow's fixture, by the name users call its records, for tests that hold all of them to one rule. */
public final class EveryWorkflow {

    private EveryWorkflow() {
    }

    /** Arguments (name, context -> fixture) for a {@code @MethodSource}. */
    public static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("grant bid", (Function<ApplicationContext, WorkflowFixture>) GrantWorkflowFixture::new),
                Arguments.of("ETTF project", (Function<ApplicationContext, WorkflowFixture>) EttfWorkflowFixture::new),
                Arguments.of("merger case", (Function<ApplicationContext, WorkflowFixture>) MergerWorkflowFixture::new),
                Arguments.of("workforce profile", (Function<ApplicationContext, WorkflowFixture>) WorkforceWorkflowFixture::new));
    }
}
