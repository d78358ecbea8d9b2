package uk.nhs.dorset.primarycare.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new password: long enough to resist guessing, and no longer than the password encoder
 * reads (BCrypt refuses more than 72 bytes rather than silently ignoring the rest).
 */
@NotNull
@Size(min = Password.MIN, max = Password.MAX)
@ReportAsSingleViolation
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = {})
public @interface Password {

    int MIN = 10;
    int MAX = 72;

    String message() default "A password needs " + MIN + " to " + MAX + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
