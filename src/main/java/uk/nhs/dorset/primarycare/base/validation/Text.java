package uk.nhs.dorset.primarycare.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a user types, at most {@link #max} characters (the column's length, so the database
 * and the form agree), and not blank when {@link #required}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

    /** How messages name the text: "The scheme title". */
    String what();

    int max();

    boolean required() default false;

    /** What a blank required field says: "Give the scheme a title". */
    String whenBlank() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
