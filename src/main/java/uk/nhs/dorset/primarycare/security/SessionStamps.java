package uk.nhs.dorset.primarycare.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users' standing (session stamp, enabled) as the database has it, read for each request of a
 * signed-in user and kept for a few seconds so a busy screen does not query it every time. A
 * change made on this node is seen at once; one made on another node within {@code cacheFor}.
 */
@Component
class SessionStamps {

    private record Read(Optional<UserStanding> standing, Instant at) {
    }

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
            read = new Read(users.findStanding(key), now);
            cache.put(key, read);
        }
        return read.standing();
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
