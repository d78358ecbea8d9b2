package uk.nhs.dorset.primarycare.base.ui;

import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

/** Turns what a service threw into a sentence a user can act on; never a stack trace. */
public final class UserMessages {

    private UserMessages() {
    }

    /** What every save or page says while the database cannot be reached. */
    public static final String SERVICE_UNAVAILABLE = "The service is unavailable; nothing was saved; try again shortly.";

    public static String of(Throwable error) {
        if (isServiceUnavailable(error)) {
            return SERVICE_UNAVAILABLE;
        }
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

    /**
     * True when the database could not be reached: no connection within the pool's timeout, or
     * one refused or broken. Such a fault is the service's, not the user's, and passes by itself.
     */
    public static boolean isServiceUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof JDBCConnectionException || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's class and message, for a log line that needs no stack trace. */
    public static String rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
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
