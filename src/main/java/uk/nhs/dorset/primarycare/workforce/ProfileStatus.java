package uk.nhs.dorset.primarycare.workforce;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * Validation of a practice's workforce profile: the team drafts it and circulates it to the
 * locality; the practice validates it or queries it with a comment; a queried profile is
 * corrected and circulated again. The team may record a practice's validation or query given
 * by phone or email; managers circulate but do not speak for a practice.
 */
public enum ProfileStatus implements WorkflowStatus<ProfileStatus> {
    DRAFT("Draft"),
    CIRCULATED("Circulated to locality"),
    VALIDATED("Validated by practice"),
    QUERIED("Queried by practice");

    private static final Set<Role> DRAFTERS = EnumSet.of(Role.TEAM, Role.MANAGER);
    private static final Set<Role> VALIDATORS = EnumSet.of(Role.PRACTICE, Role.TEAM);

    private static final Map<ProfileStatus, Map<ProfileStatus, Set<Role>>> TABLE = Map.of(
            DRAFT, Map.of(CIRCULATED, DRAFTERS),
            CIRCULATED, Map.of(VALIDATED, VALIDATORS, QUERIED, VALIDATORS),
            QUERIED, Map.of(CIRCULATED, DRAFTERS),
            VALIDATED, Map.of());

    private final String label;

    ProfileStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<ProfileStatus> next() {
        Set<ProfileStatus> next = EnumSet.noneOf(ProfileStatus.class);
        next.addAll(TABLE.get(this).keySet());
        return next;
    }

    @Override
    public Set<Role> whoMay(ProfileStatus target) {
        Set<Role> roles = TABLE.get(this).get(target);
        return roles == null ? Set.of() : roles;
    }

    @Override
    public String label() {
        return label;
    }

    /** The practice hears when its profile is sent to it for validation and when it is queried. */
    @Override
    public boolean tellsPractice() {
        return this == CIRCULATED || this == QUERIED;
    }

    @Override
    public String action(ProfileStatus target) {
        return switch (target) {
            case CIRCULATED -> this == QUERIED ? "Re-circulate" : "Circulate to locality";
            case VALIDATED -> "Validate";
            case QUERIED -> "Query";
            case DRAFT -> "Reopen as draft";
        };
    }

    /** A query must say what is wrong, so that the team can correct it. */
    @Override
    public boolean needsReason(ProfileStatus target) {
        return target == QUERIED;
    }

    /** A query turns the circulated figures down. */
    @Override
    public boolean isRefusal(ProfileStatus target) {
        return target == QUERIED;
    }

    /** The team corrects figures only before circulation or after a query. */
    public boolean isEditable() {
        return this == DRAFT || this == QUERIED;
    }

    public static ProfileStatus fromText(String text) {
        for (ProfileStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.label.equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown profile status: " + text);
    }
}
