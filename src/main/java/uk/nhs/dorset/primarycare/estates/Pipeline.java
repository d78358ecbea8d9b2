package uk.nhs.dorset.primarycare.estates;

import java.util.List;
import java.util.Map;

/**
 * The pipeline by stage, as the board shows it: how many projects the filter selects at each
 * stage, and the first of them by name as cards. A stage holds more projects than a column can
 * show at a country's size; the rest are a link to the grid away.
 */
public record Pipeline(Map<ProjectStage, Long> counts, Map<ProjectStage, List<ProjectCard>> cards) {

    public long count(ProjectStage stage) {
        return counts.getOrDefault(stage, 0L);
    }

    public List<ProjectCard> cards(ProjectStage stage) {
        return cards.getOrDefault(stage, List.of());
    }

    /** Projects at the stage that have no card. */
    public long notShown(ProjectStage stage) {
        return count(stage) - cards(stage).size();
    }
}
