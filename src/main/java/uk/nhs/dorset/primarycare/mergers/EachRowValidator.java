package uk.nhs.dorset.primarycare.mergers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.validation.Forms;
import uk.nhs.dorset.primarycare.base.validation.Messages;

/** Checks each practice or action plan row of a case, naming the row the problem is in. */
public class EachRowValidator implements ConstraintValidator<EachRow, List<?>> {

    @Override
    public boolean isValid(@Nullable List<?> rows, ConstraintValidatorContext context) {
        if (rows == null) {
            return true;
        }
        for (Object row : rows) {
            List<String> problems = Forms.problems(row);
            if (!problems.isEmpty()) {
                return Messages.report(context, name(row) + ": " + problems.getFirst());
            }
        }
        return true;
    }

    private static String name(Object row) {
        return switch (row) {
            case MergerParty party -> party.label();
            case ActionPlanItem item -> item.getArea().label();
            default -> row.toString();
        };
    }
}
