package uk.nhs.dorset.primarycare.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;

/**
 * Users' standing (session stamp, enabled) as the database has it, read for each request of a
 * signed-in user and kept for a few seconds so a busy screen does not query it every time. A
 * change made on this node is seen at once; one made on another node within {@code cacheFor}.
 */
@Component
class SessionStamps {

    private record Read(Optional<UserStanding> standing, Instant at) {
    }

    private static final Logger log = LoggerFactory.getLogger(SessionStamps.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, Read> cache = new ConcurrentHashMap<>();

    /** How long a read is trusted is real time on the system clock, not the business clock. */
    SessionStamps(AppUserRepository users, @Value("${hub.session.stamp-cache:3s}") Duration cacheFor) {
        this.users = users;
        this.clock = Clock.systemUTC();
        this.cacheFor = cacheFor;
    }

    Optional<UserStanding> standing(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Read read = cache.get(key);
        if (read == null || read.at().plus(cacheFor).isBefore(now) || read.at().isAfter(now)) {
            read = readOrLastKnown(key, read, now);
            cache.put(key, read);
        }
        return read.standing();
    }

    /**
     * The standing in the database; while it cannot be reached, the last one read. Nobody can
     * change a standing without the database, and the request goes on to its own work, which then
     * says the service is unavailable instead of the request failing here with an error page.
     * Keeping the last read for another {@code cacheFor} from the end of the pool's wait spares
     * the next requests that wait.
     */
    private Read readOrLastKnown(String key, Read last, Instant now) {
        try {
            return new Read(users.findStanding(key), now);
        } catch (RuntimeException unreachable) {
            if (last == null || !UserMessages.isServiceUnavailable(unreachable)) {
                throw unreachable;
            }
            log.warn("Could not check the standing of {}: the database cannot be reached; the last one read stands", key);
            return new Read(last.standing(), clock.instant());
        }
    }

    /** Forgets what was read about the user once the change being made commits, so this node sees it at once. */
    void changed(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.remove(key);
                }
            });
        }
        cache.remove(key);
    }
}
