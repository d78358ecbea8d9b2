package uk.nhs.dorset.primarycare.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for a username, or
 * {@code maxFailuresPerAddress} from one address (higher, as a practice's staff may share one),
 * sign-in is refused for {@code lockout}, doubling with each further failure up to
 * {@code maxLockout}, even with the right password. A success clears the username's count;
 * counts are forgotten a day after their last failure. Kept in memory: each node throttles
 * what it sees, which still caps guessing at a few tries per lockout per node.
 */
@Component
public class SignInThrottle {

    static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int MAX_REMEMBERED = 50_000;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;
    private final Duration maxLockout;
    private final Map<String, Failures> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /**
     * Lockouts last real minutes on the system clock, never the application's business clock,
     * which the demo starts on another day and tests may hold still.
     */
    @Autowired
    SignInThrottle(@Value("${hub.sign-in.max-failures:5}") int maxFailures,
                   @Value("${hub.sign-in.max-failures-per-address:20}") int maxFailuresPerAddress,
                   @Value("${hub.sign-in.lockout:5m}") Duration lockout,
                   @Value("${hub.sign-in.max-lockout:1h}") Duration maxLockout) {
        this(Clock.systemUTC(), maxFailures, maxFailuresPerAddress, lockout, maxLockout);
    }

    SignInThrottle(Clock clock, int maxFailures, int maxFailuresPerAddress, Duration lockout, Duration maxLockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockout = lockout;
        this.maxLockout = maxLockout;
    }

    /** How long sign-in stays refused for this username or from this address; empty when it is allowed. */
    public Optional<Duration> lockedFor(String username, @Nullable String address) {
        Instant now = clock.instant();
        Duration user = remaining(byUsername.get(userKey(username)), now);
        Duration from = remaining(byAddress.get(addressKey(address)), now);
        Duration longer = user.compareTo(from) >= 0 ? user : from;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    /** Counts a failed sign-in; returns the lockout it starts, if it starts one. */
    public Optional<Duration> failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        if (byUsername.size() + byAddress.size() > MAX_REMEMBERED) {
            forgetOld(now);
        }
        Failures user = byUsername.compute(userKey(username), (k, old) -> next(old, now, maxFailures));
        Failures from = byAddress.compute(addressKey(address), (k, old) -> next(old, now, maxFailuresPerAddress));
        if (user.lockedUntil().isAfter(now)) {
            log.warn("Sign-in locked for username {} after {} failed attempts (the last from address {}) until {}",
                    userKey(username), user.count(), addressKey(address), user.lockedUntil());
        }
        if (from.lockedUntil().isAfter(now)) {
            log.warn("Sign-in locked from address {} after {} failed attempts (the last for username {}) until {}",
                    addressKey(address), from.count(), userKey(username), from.lockedUntil());
        }
        return lockedFor(username, address);
    }

    /** A right password outside a lockout: the username starts afresh. The address keeps its count. */
    public void succeeded(String username) {
        byUsername.remove(userKey(username));
    }

    /** Forgets every count. */
    void forgetAll() {
        byUsername.clear();
        byAddress.clear();
    }

    private Failures next(@Nullable Failures old, Instant now, int max) {
        int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
        Instant lockedUntil = count >= max ? now.plus(lockoutAfter(count - max)) : now;
        return new Failures(count, now, lockedUntil);
    }

    /** The lockout after {@code beyond} failures past the limit: doubling from {@code lockout}, capped. */
    private Duration lockoutAfter(int beyond) {
        Duration length = lockout;
        for (int i = 0; i < beyond && length.compareTo(maxLockout) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLockout) > 0 ? maxLockout : length;
    }

    private static Duration remaining(@Nullable Failures failures, Instant now) {
        return failures == null || !failures.lockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, failures.lockedUntil());
    }

    private void forgetOld(Instant now) {
        byUsername.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        byAddress.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }

    private static String userKey(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(@Nullable String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
