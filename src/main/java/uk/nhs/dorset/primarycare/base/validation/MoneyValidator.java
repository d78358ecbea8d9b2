package uk.nhs.dorset.primarycare.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;

/** Checks a {@link Money} amount, with a message that names the amount and the limit. */
public class MoneyValidator implements ConstraintValidator<Money, BigDecimal> {

    private @Nullable Money rule;

    @Override
    public void initialize(Money annotation) {
        this.rule = annotation;
    }

    @Override
    public boolean isValid(@Nullable BigDecimal amount, ConstraintValidatorContext context) {
        if (amount == null || rule == null) {
            return true;
        }
        BigDecimal max = BigDecimal.valueOf(rule.max());
        String problem = null;
        if (rule.zeroAllowed() ? amount.signum() < 0 : amount.signum() <= 0) {
            problem = rule.what() + (rule.zeroAllowed() ? " cannot be less than £0" : " must be more than £0");
        } else if (amount.compareTo(max) > 0) {
            problem = rule.what() + " of " + Formats.money(amount) + " is more than " + rule.tooLargeBecause()
                    + "; check the figure (the limit is " + Formats.money(max) + ")";
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problem = rule.what() + " must be in pounds and pence";
        }
        return Messages.report(context, problem);
    }
}
