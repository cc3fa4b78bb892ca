package com.privacydesk.operations;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The desk's own metrics, next to the engine's and the JVM's in /actuator/metrics:
 * <ul>
 * <li>{@code privacydesk.requests.open{stage}}: open requests per stage (closed ones are not counted);</li>
 * <li>{@code privacydesk.requests.overdue}: open, unanswered requests marked overdue by the "Deadline passed"
 * timer;</li>
 * <li>{@code privacydesk.letters.pending}: letters out still QUEUED for delivery;</li>
 * <li>{@code privacydesk.requests.days.to.answer}: days from receipt to the answer, recorded as each answer is
 * sent.</li>
 * </ul>
 * The gauges share one reading of the database, reused for {@code privacy-desk.operations.metrics-cache}.
 */
@Component
public class DeskMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeskMetrics.class);
    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private final DeskReadings readings;
    private final long cacheNanos;
    private final DistributionSummary daysToAnswer;

    private DeskSnapshot snapshot = DeskSnapshot.EMPTY;
    private long readAtNanos;
    private boolean read;

    public DeskMetrics(DeskReadings readings, OperationsProperties properties, MeterRegistry registry) {
        this.readings = readings;
        this.cacheNanos = properties.metricsCache().toNanos();
        for (OpenStage stage : OpenStage.values()) {
            gauge("privacydesk.requests.open", "Open data-subject requests in this stage",
                    s -> s.open(stage)).tag("stage", stage.tag()).register(registry);
        }
        gauge("privacydesk.requests.overdue", "Open requests past their deadline and not yet answered",
                s -> s.overdue()).register(registry);
        gauge("privacydesk.letters.pending", "Letters to requesters queued and not yet delivered",
                s -> s.lettersPending()).register(registry);
        this.daysToAnswer = DistributionSummary.builder("privacydesk.requests.days.to.answer")
                .description("Days from the receipt of a request to its answer (the legal limit is one month)")
                .baseUnit("days")
                .serviceLevelObjectives(7, 14, 21, 30, 60, 90)
                .publishPercentiles(0.5, 0.9)
                .register(registry);
    }

    /** Call once an answer (or refusal) has been sent: e.g. in "Send answer" after the case is marked answered. */
    public void recordAnswered(Instant receivedAt, Instant answeredAt) {
        double seconds = Math.max(0, Duration.between(receivedAt, answeredAt).toSeconds());
        daysToAnswer.record(seconds / SECONDS_PER_DAY);
    }

    /** The current reading, at most {@code metrics-cache} old. */
    synchronized DeskSnapshot snapshot() {
        long now = System.nanoTime();
        if (!read || now - readAtNanos >= cacheNanos) {
            try {
                snapshot = readings.read();
            } catch (RuntimeException e) {
                // A metrics scrape must not fail because the database is briefly away; readiness reports that.
                log.warn("Desk metrics not refreshed: {}", e.toString());
            }
            readAtNanos = now;
            read = true;
        }
        return snapshot;
    }

    /** The next scrape reads the database again (tests, and after bulk changes). */
    synchronized void forgetReading() {
        read = false;
    }

    private Gauge.Builder<DeskMetrics> gauge(String name, String description, ToDoubleFunction<DeskSnapshot> value) {
        return Gauge.builder(name, this, m -> value.applyAsDouble(m.snapshot())).description(description)
                .baseUnit(name.endsWith("letters.pending") ? "letters" : "requests");
    }
}
