package uk.nhs.dorset.primarycare.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;

/** Checks a {@link Text} field, saying how long it is and how long it may be. */
public class TextValidator implements ConstraintValidator<Text, String> {

    private @Nullable Text rule;

    @Override
    public void initialize(Text annotation) {
        this.rule = annotation;
    }

    @Override
    public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
        if (rule == null) {
            return true;
        }
        String problem = null;
        if (rule.required() && (text == null || text.isBlank())) {
            problem = rule.whenBlank().isEmpty() ? rule.what() + " is required" : rule.whenBlank();
        } else if (text != null && text.length() > rule.max()) {
            problem = rule.what() + " is " + Formats.number(text.length()) + " characters long; keep it to "
                    + Formats.number(rule.max()) + " characters";
        }
        return Messages.report(context, problem);
    }
}
