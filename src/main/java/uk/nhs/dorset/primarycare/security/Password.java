package uk.nhs.dorset.primarycare.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new password, judged by {@link PasswordPolicy}: long enough to resist guessing, no longer
 * than the password encoder reads (BCrypt refuses more than 72 bytes rather than silently
 * ignoring the rest), and not a common or patterned one. Whether it contains the username
 * joins two fields, so the service checks that.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = PasswordPolicy.Check.class)
public @interface Password {

    int MIN = 10;
    int MAX = 72;

    String message() default "A password needs " + MIN + " to " + MAX + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
