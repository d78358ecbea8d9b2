package uk.nhs.dorset.primarycare.estates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Projects waiting for the estates lead (overdue milestones) or for a panel decision (managers too). */
@Component
class EstatesWorkQueue implements WorkQueue {

    private static final String FEATURE = "ETTF project";
    private static final PageRequest FIRST = PageRequest.of(0, 20, Sort.by("name"));
    private final EttfProjectRepository projects;
    private final Clock clock;

    EstatesWorkQueue(EttfProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<QueueItem> items = new ArrayList<>();
        if (actor.has(Role.ESTATES) || actor.has(Role.MANAGER)) {
            EttfFilter atPanel = new EttfFilter(null, ProjectStage.NHSE_PANEL, null, null, null, null, false);
            projects.findAll(atPanel.toSpecification(today), FIRST)
                    .forEach(p -> items.add(item(p, "Record the NHS England panel's decision")));
        }
        if (actor.has(Role.ESTATES)) {
            EttfFilter overdue = new EttfFilter(null, null, null, null, null, null, true);
            projects.findAll(overdue.toSpecification(today), FIRST)
                    .forEach(p -> items.add(item(p, "Milestone overdue: move the project on or re-plan it")));
        }
        return items;
    }

    private static QueueItem item(EttfProject project, String waiting) {
        return new QueueItem(FEATURE, project.getName(), waiting, "estates/" + project.getId());
    }
}
