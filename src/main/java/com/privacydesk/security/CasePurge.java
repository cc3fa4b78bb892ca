package com.privacydesk.security;

import com.privacydesk.request.RequestRepository;
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
 * download log are deleted once the retention period after closing has passed: children first, the case record
 * last, through its owner.
 */
@Component("purgeClosedCases")
public class CasePurge implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CasePurge.class);
    /** Tables that hang off a case, children first; the case record itself goes through its owner. */
    private static final List<String> CASE_TABLES = List.of("package_download", "package_link", "correspondence",
            "answer_outcome", "execution_log", "manual_action", "answer_plan", "subject_package",
            "manual_source_search");

    private final JdbcTemplate jdbc;
    private final RequestRepository requests;
    private final RetentionProperties retention;
    private final Clock clock;

    public CasePurge(JdbcTemplate jdbc, RequestRepository requests, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
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
        List<String> closed = requests.closedBefore(cutoff);
        for (String table : CASE_TABLES) {
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE case_number = ?", closed, 500,
                    (statement, caseNumber) -> statement.setString(1, caseNumber));
        }
        int purged = requests.purge(closed);
        log.info("Purged {} cases closed before {}", purged, cutoff);
        return purged;
    }
}
