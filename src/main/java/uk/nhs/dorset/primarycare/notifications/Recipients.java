package uk.nhs.dorset.primarycare.notifications;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.security.UserContact;

/**
 * Who hears of a move: whoever's role may make the next move, and the practice itself when the
 * move is news for it. A practice manager only ever hears of their own practice's records, and
 * nobody is told of their own move.
 */
final class Recipients {

    private Recipients() {
    }

    /** The roles whose users may hear of this move: the candidates to read. */
    static Set<Role> rolesToAsk(StatusChanged event) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(event.nextMovers());
        if (event.practiceConcerned() && event.practiceOdsCode() != null) {
            roles.add(Role.PRACTICE);
        }
        return roles;
    }

    static Map<UserContact, NotificationKind> of(StatusChanged event, List<UserContact> candidates) {
        Map<UserContact, NotificationKind> told = new LinkedHashMap<>();
        for (UserContact user : candidates) {
            if (user.username().equalsIgnoreCase(event.by())) {
                continue;
            }
            boolean ofThePractice = event.practiceOdsCode() != null && event.practiceOdsCode().equals(user.practiceOdsCode());
            if (event.practiceConcerned() && ofThePractice && user.roles().contains(Role.PRACTICE)) {
                told.put(user, NotificationKind.PRACTICE);
                continue;
            }
            Set<Role> mayMove = EnumSet.noneOf(Role.class);
            mayMove.addAll(user.roles());
            mayMove.retainAll(event.nextMovers());
            if (!ofThePractice) {
                mayMove.remove(Role.PRACTICE);
            }
            if (!mayMove.isEmpty()) {
                told.put(user, NotificationKind.WAITING);
            }
        }
        return told;
    }

    /** What the user reads, in the application and in the mail. */
    static String text(StatusChanged event, NotificationKind kind) {
        String record = event.feature() + " " + event.recordLabel();
        String sentence = switch (kind) {
            case PRACTICE -> "Your practice's " + lowerFirst(event.feature()) + " " + event.recordLabel() + " is now "
                    + event.toInSentence() + ".";
            case WAITING -> record + " is now " + event.toInSentence() + " and waits for your next move.";
            // A move is told only as one of the two kinds above; the other kinds have texts of their own.
            default -> throw new IllegalArgumentException("A move is not told as " + kind);
        };
        String comment = event.comment();
        return comment == null || comment.isBlank() ? sentence : sentence + " Comment: " + comment.strip();
    }

    private static String lowerFirst(String feature) {
        // "ETTF project" keeps its capitals; "Grant bid" reads "grant bid" mid-sentence.
        return feature.length() > 1 && Character.isUpperCase(feature.charAt(1)) ? feature
                : Character.toLowerCase(feature.charAt(0)) + feature.substring(1);
    }
}
