package uk.nhs.dorset.primarycare.mergers;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every row of a list field meets its own declared rules. The form's binder checks one field
 * at a time and does not look inside rows, so the rows' rules are run here and the first
 * problem is shown at the list's field, naming the row.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Constraint(validatedBy = EachRowValidator.class)
@interface EachRow {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
