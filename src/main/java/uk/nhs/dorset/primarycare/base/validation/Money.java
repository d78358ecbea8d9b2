package uk.nhs.dorset.primarycare.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money a user types: more than £0 (or at least £0 when {@link #zeroAllowed}),
 * in pounds and pence, and not beyond {@link #max} pounds, the point past which a figure is
 * a typing slip. Empty is allowed; say {@code @NotNull} where it is not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = MoneyValidator.class)
public @interface Money {

    /** How messages name the amount: "The total cost". */
    String what();

    /** Whole pounds. */
    long max() default 10_000_000L;

    boolean zeroAllowed() default false;

    /** Why a larger figure is refused, after "is more than": "any premises improvement scheme costs". */
    String tooLargeBecause() default "the hub accepts";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
