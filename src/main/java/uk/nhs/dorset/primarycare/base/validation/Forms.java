package uk.nhs.dorset.primarycare.base.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a form object's declared constraints where no binder ran first (a service call, an
 * import, a test), with the same messages the views show at the field.
 */
public final class Forms {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Map<Class<?>, List<String>> FIELD_ORDER = new ConcurrentHashMap<>();

    private Forms() {
    }

    /** Every field-level problem of the form, in the order its fields are declared. */
    public static List<String> problems(Object form) {
        List<String> order = FIELD_ORDER.computeIfAbsent(form.getClass(), Forms::fieldNames);
        List<ConstraintViolation<Object>> violations = new ArrayList<>(VALIDATOR.validate(form));
        violations.sort(Comparator.comparingInt((ConstraintViolation<Object> v) -> order.indexOf(v.getPropertyPath().toString()))
                .thenComparing(ConstraintViolation::getMessage));
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    private static List<String> fieldNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (var field : c.getDeclaredFields()) {
                names.add(field.getName());
            }
        }
        return names;
    }
}
