package uk.nhs.dorset.primarycare.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Workforce profiles waiting for a practice's validation, or for the team to answer a query. */
@Component
class WorkforceWorkQueue implements WorkQueue {

    private static final String FEATURE = "Workforce profile";
    private final WorkforceProfileRepository profiles;

    WorkforceWorkQueue(WorkforceProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        if (actor.isPracticeScoped() && actor.practiceOdsCode() != null) {
            profiles.findTop20ByStatusInAndPracticeOdsCodeOrderByIdAsc(Set.of(ProfileStatus.CIRCULATED), actor.practiceOdsCode())
                    .forEach(p -> items.add(item(p, "Validate the profile or query it")));
        }
        if (actor.has(Role.TEAM)) {
            profiles.findTop20ByStatusInOrderByIdAsc(Set.of(ProfileStatus.QUERIED))
                    .forEach(p -> items.add(item(p, "Answer the practice's query and re-circulate")));
        }
        return items;
    }

    private static QueueItem item(WorkforceProfile profile, String waiting) {
        return new QueueItem(FEATURE, profile.label(), waiting, "workforce/" + profile.getPractice().getOdsCode());
    }
}
