package com.privacydesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address and per account, in this node's memory: past the free failures each attempt
 * waits twice as long as the one before (429 until then), capped. The account's wait is short and an administrator's
 * account has none, so guessing from strangers never shuts out the person; the address's wait grows long. Camunda's
 * own lockout (permanent after ten failures) is off (application.yaml): this replaces it for every identity source,
 * the LDAP directory included.
 */
@Component
public class LoginThrottle {

    /** Bounded memory under a flood of addresses or invented user names; limits restart, nothing is lost. */
    static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public LoginThrottle(LoginProperties properties) {
        // Wall-clock time, not the engine's business clock that tests move: waits are about network attempts.
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this attempt must wait before it is heard; empty: hear it now. */
    public Optional<Duration> waitFor(String account, String address, boolean administrator) {
        Instant now = clock.instant();
        Instant until = later(waitUntil(byAddress, address, now),
                administrator ? null : waitUntil(byAccount, normal(account), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    public void failed(String account, String address, boolean administrator) {
        Instant now = clock.instant();
        record(byAddress, address, now, properties.freeFailuresPerAddress(), properties.maxAddressDelay());
        if (!administrator) {
            record(byAccount, normal(account), now, properties.freeFailuresPerAccount(), properties.maxAccountDelay());
        }
    }

    /** The account's count starts again; the address's does not (one's own account must not launder guesses). */
    public void succeeded(String account) {
        byAccount.remove(normal(account));
    }

    private Instant waitUntil(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = key == null ? null : counts.get(key);
        if (failures == null) {
            return null;
        }
        if (failures.last().plus(properties.forgetAfter()).isBefore(now)) {
            counts.remove(key, failures);
            return null;
        }
        return failures.waitUntil() != null && failures.waitUntil().isAfter(now) ? failures.waitUntil() : null;
    }

    private void record(Map<String, Failures> counts, String key, Instant now, int free, Duration max) {
        if (key == null) {
            return;
        }
        if (counts.size() > MAX_TRACKED) {
            counts.clear();
        }
        counts.compute(key, (k, earlier) -> {
            int count = earlier == null || earlier.last().plus(properties.forgetAfter()).isBefore(now)
                    ? 1 : earlier.count() + 1;
            Instant waitUntil = null;
            if (count >= free) {
                int doublings = Math.min(count - free, 30);
                Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
                waitUntil = now.plus(delay.compareTo(max) > 0 ? max : delay);
            }
            return new Failures(count, now, waitUntil);
        });
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String normal(String account) {
        return account == null ? null : account.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
