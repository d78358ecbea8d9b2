package uk.nhs.dorset.primarycare.base.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an audited field is named and shown in a record's "what changed" list, where its Java
 * name would not do ("title" is the "Scheme title"; a rate is a percentage, not money).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditLabel {

    String value();

    /** A decimal that is a percentage (66.00 shows as 66%) rather than an amount of money. */
    boolean percent() default false;

    /** A decimal that is a plain quantity (hours, FTE: 37.5 shows as 37.5) rather than an amount of money. */
    boolean number() default false;
}
