package com.privacydesk.retention;

import com.privacydesk.request.CaseNotes;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Delete cases past their retention": every desk table that holds a case's personal data is emptied of the cases
 * closed (or cancelled: their instance ended without closing them) before the retention period, children first and
 * the case record last; dropped calls after their own period; the privacy mailbox's handled messages with the cases.
 * Each capability names its case tables ({@link CaseTables}); {@link #purgedTables()} and
 * {@link #OTHER_PERSONAL_TABLES} are checked against the schema by a test, so a new table with personal data cannot
 * be forgotten.
 */
@Component("purgeClosedCases")
public class CasePurge implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CasePurge.class);
    /**
     * Desk tables with personal data that are not a case's, purged on their own retention: the proof of recording
     * consents here; dropped calls by the callback's own step (callback/PurgeDroppedCallsDelegate), which never
     * deletes a row whose number is still held.
     */
    public static final List<String> OTHER_PERSONAL_TABLES = List.of("recording_consent", "dropped_call");

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final RequestRepository requests;
    private final RetentionProperties retention;
    private final Clock clock;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final List<RetentionParticipant> participants;
    /**
     * Tables that hang off a case by case_number (every capability's, and the kernel's case notes); the case record
     * goes last, through its owner.
     */
    private final List<String> caseTables;

    public CasePurge(JdbcTemplate jdbc, RequestRepository requests, RetentionProperties retention, Clock clock,
            RuntimeService runtimeService, HistoryService historyService, List<RetentionParticipant> participants,
            List<CaseTables> caseTables) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.retention = retention;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.participants = participants;
        this.caseTables = java.util.stream.Stream.concat(caseTables.stream().flatMap(tables -> tables.names().stream()),
                java.util.stream.Stream.of(CaseNotes.TABLE)).distinct().toList();
        // The names go into SQL as they are: only plain identifiers, as every capability's code declares them.
        this.caseTables.stream().filter(table -> !table.matches("[a-z][a-z0-9_]*")).findFirst().ifPresent(table -> {
            throw new IllegalStateException("A case table's name is not a plain identifier: " + table);
        });
    }

    /** Every table the purge empties of a case: its children, then the case record. */
    public List<String> purgedTables() {
        return java.util.stream.Stream.concat(caseTables.stream(), java.util.stream.Stream.of(RequestRepository.TABLE))
                .toList();
    }

    @Override
    public void execute(DelegateExecution execution) {
        int purged = purge();
        execution.setVariable("purgedCases", purged);
    }

    @Transactional
    public int purge() {
        Instant cutoff = before(retention.closedCases());
        List<String> due = new ArrayList<>(requests.closedBefore(cutoff));
        due.addAll(cancelledBefore(cutoff));
        for (int from = 0; from < due.size(); from += BATCH) {
            List<String> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            String in = String.join(",", Collections.nCopies(batch.size(), "?"));
            for (String table : caseTables) {
                jdbc.update("DELETE FROM " + table + " WHERE case_number IN (" + in + ")", batch.toArray());
            }
            requests.purge(batch);
        }
        int consents = jdbc.update("DELETE FROM recording_consent WHERE answered_at < ?",
                Timestamp.from(before(retention.recordingConsents())));
        int mails = participants.stream().mapToInt(participant -> participant.purgeHandledBefore(cutoff)).sum();
        log.info("Purged {} cases closed or cancelled before {}, {} recording consents, {} handled mails",
                due.size(), cutoff, consents, mails);
        return due.size();
    }

    /**
     * Cases whose instance ended without closing them (cancelled in Cockpit, deleted): their end is the start of the
     * retention period; when the engine's history no longer knows it, the time the case was filed.
     */
    private List<String> cancelledBefore(Instant cutoff) {
        List<String> cancelled = new ArrayList<>();
        for (Map.Entry<String, String> row : requests.openFiledBefore(cutoff)) {
            String instance = row.getValue();
            if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance)
                    .count() > 0) {
                continue;
            }
            HistoricProcessInstance history = instance == null ? null : historyService
                    .createHistoricProcessInstanceQuery().processInstanceId(instance)
                    .processDefinitionKey(RequestProcess.KEY).singleResult();
            Date ended = history == null ? null : history.getEndTime();
            if (ended == null || ended.toInstant().isBefore(cutoff)) {
                cancelled.add(row.getKey());
            }
        }
        return cancelled;
    }

    private Instant before(Period period) {
        return clock.instant().atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
