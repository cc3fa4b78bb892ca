package com.privacydesk.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Delete cases past their retention": a closed case's record, letters, outcomes, packages, download links and
 * download log are deleted once the retention period after closing has passed: one statement per table, children
 * first, the case record last.
 */
@Component("purgeClosedCases")
public class CasePurge implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CasePurge.class);
    /** Tables that hang off a case, children first. */
    private static final List<String> CASE_TABLES = List.of("package_download", "package_link", "correspondence",
            "answer_outcome", "execution_log", "manual_action", "answer_plan", "subject_package",
            "manual_source_search", "dsr_request");

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;
    private final Clock clock;

    public CasePurge(JdbcTemplate jdbc, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int purged = purge();
        execution.setVariable("purgedCases", purged);
    }

    @Transactional
    public int purge() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention.closedCases()).toInstant();
        Timestamp before = Timestamp.from(cutoff);
        int purged = 0;
        for (String table : CASE_TABLES) {
            purged = jdbc.update("DELETE FROM " + table + " WHERE case_number IN "
                    + "(SELECT case_number FROM dsr_request WHERE closed_at < ?)", before);
        }
        log.info("Purged {} cases closed before {}", purged, cutoff);
        return purged;
    }
}
