package uk.nhs.dorset.primarycare.base.ui;

import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

/** Turns what a service threw into a sentence a user can act on; never a stack trace. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable error) {
        if (error instanceof TransitionNotAllowed || error instanceof ConcurrentChange || error instanceof NotFound
                || error instanceof IllegalArgumentException || error instanceof IllegalStateException) {
            return String.valueOf(error.getMessage());
        }
        if (error instanceof OptimisticLockingFailureException) {
            return "Someone else changed this record; reload to see their change";
        }
        if (error instanceof AccessDeniedException || error instanceof AuthorizationDeniedException) {
            return "Your role may not do that";
        }
        if (error instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream().map(v -> v.getMessage()).collect(Collectors.joining("; "));
        }
        if (error.getCause() != null && error.getCause() != error) {
            return of(error.getCause());
        }
        return "Something went wrong and nothing was saved. Try again, or tell the system administrator.";
    }

    /** True for the errors a user caused and can fix; anything else is logged as a fault. */
    public static boolean isExpected(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof TransitionNotAllowed || t instanceof ConcurrentChange || t instanceof NotFound
                    || t instanceof IllegalArgumentException || t instanceof IllegalStateException
                    || t instanceof OptimisticLockingFailureException || t instanceof AccessDeniedException
                    || t instanceof ConstraintViolationException) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }
}
