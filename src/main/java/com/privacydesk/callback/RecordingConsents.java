package com.privacydesk.callback;

import com.privacydesk.information.ClauseChannel;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.information.InformationProperties;
import com.privacydesk.information.RecordingBasis;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import com.privacydesk.fulfilment.RightsExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proof of each caller's answer to the recording announcement (Art. 7(1)) and the one decision built on it:
 * may this call be recorded. A call without a yes is never marked recorded under CONSENT.
 */
@Service
public class RecordingConsents {

    private final JdbcTemplate jdbc;
    private final InformationClauses clauses;
    private final InformationProperties information;
    private final RightsExecutor rights;
    private final Clock clock;

    public RecordingConsents(JdbcTemplate jdbc, InformationClauses clauses, InformationProperties information,
                             RightsExecutor rights, Clock clock) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.clauses = clauses;
        this.information = information;
        this.clock = clock;
    }

    /**
     * Keeps the answer as proof, with the announcement's version, and returns what it allows; a recording of the call
     * the answer does not allow is erased.
     */
    @Transactional
    public RecordingStatus record(String callId, RecordingConsentReport report) {
        String version = clauses.clause(ClauseChannel.CALL_RECORDING, report.language()).version();
        if (report.clauseVersion() != null && !report.clauseVersion().equals(version)) {
            throw new ClauseVersionMismatchException(callId);
        }
        RecordingBasis basis = information.callRecordingBasis();
        boolean allowed = RecordingStatus.allowed(basis, report.answer());
        Instant answeredAt = report.answeredAt().toInstant();
        Instant now = clock.instant();
        // An answer that no longer allows recording (a withdrawal; an objection under legitimate interest) erases the
        // call's recording through the data map, in the same transaction as the proof of the answer.
        int erased = allowed ? 0 : rights.stopProcessingOfCall(callId, now);
        jdbc.update("""
                INSERT INTO recording_consent (call_id, basis, answer, answered_at, language, clause_version,
                                               recording_allowed, reported_at, recordings_erased)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", callId, basis.name(), report.answer().name(),
                Timestamp.from(answeredAt), report.language().name(), version, allowed,
                Timestamp.from(now), erased);
        return status(callId);
    }

    /**
     * Whether the call may be recorded now: by its latest answer under the basis it was given under; without any
     * answer, only under legitimate interest.
     */
    public RecordingStatus status(String callId) {
        List<RecordingStatus> latest = jdbc.query("""
                SELECT call_id, basis, answer, answered_at, clause_version, recording_allowed FROM recording_consent
                WHERE call_id = ? ORDER BY answered_at DESC, id DESC""", RecordingConsents::row, callId);
        if (!latest.isEmpty()) {
            return latest.get(0);
        }
        RecordingBasis basis = information.callRecordingBasis();
        return new RecordingStatus(callId, basis, null, null, null, RecordingStatus.allowed(basis, null));
    }

    /** Every answer of the call, oldest first: the proof as an auditor reads it. */
    public List<RecordingStatus> history(String callId) {
        return jdbc.query("""
                SELECT call_id, basis, answer, answered_at, clause_version, recording_allowed FROM recording_consent
                WHERE call_id = ? ORDER BY answered_at, id""", RecordingConsents::row, callId);
    }

    private static RecordingStatus row(ResultSet rs, int rowNum) throws SQLException {
        return new RecordingStatus(rs.getString("call_id"), RecordingBasis.valueOf(rs.getString("basis")),
                RecordingAnswer.valueOf(rs.getString("answer")), rs.getTimestamp("answered_at").toInstant(),
                rs.getString("clause_version"), rs.getBoolean("recording_allowed"));
    }
}
