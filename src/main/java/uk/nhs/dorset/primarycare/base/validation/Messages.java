package uk.nhs.dorset.primarycare.base.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Hands a validator's own sentence to Bean Validation as the violation's message, verbatim. */
public final class Messages {

    private Messages() {
    }

    public static boolean report(ConstraintValidatorContext context, @Nullable String problem) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // Braces, dollars and backslashes would otherwise be read as message-template syntax.
        String literal = problem.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(literal).addConstraintViolation();
        return false;
    }
}
