package com.privacydesk.callback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Delete dropped calls past their retention" (nightly, purge-closed-cases.bpmn): rows of calls that dropped longer
 * ago than {@code privacy-desk.telephony.dropped-call-retention}. A row whose number is still held (its callback
 * still open) is never deleted here: the callback process erases the number first.
 */
@Component("purgeDroppedCalls")
public class PurgeDroppedCallsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PurgeDroppedCallsDelegate.class);

    private final JdbcTemplate jdbc;
    private final TelephonyProperties properties;
    private final Clock clock;

    public PurgeDroppedCallsDelegate(JdbcTemplate jdbc, TelephonyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("purgedDroppedCalls", purge());
    }

    public int purge() {
        Instant cutoff = clock.instant().minus(properties.droppedCallRetention());
        int purged = jdbc.update("DELETE FROM dropped_call WHERE dropped_at < ? AND caller_number IS NULL",
                Timestamp.from(cutoff));
        log.info("Purged {} dropped calls that dropped before {}", purged, cutoff);
        return purged;
    }
}
