package com.privacydesk.callback;

import com.privacydesk.request.InvalidRequestException;
import com.privacydesk.request.ContactNormaliser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dropped calls reported by the telephony system: decides whether the agents may call back (seed 003), keeps the
 * caller's number only while they may, and starts {@code dropped-call-callback} in the same transaction, so a call
 * is either fully accepted or not at all. One row per call id makes the webhook idempotent.
 */
@Service
public class DroppedCalls {

    private static final Logger log = LoggerFactory.getLogger(DroppedCalls.class);

    /** Clocks of the telephony system and the desk differ by seconds; a drop further in the future is an error. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final ContactNormaliser normaliser;
    private final TelephonyProperties properties;
    private final Clock clock;

    public DroppedCalls(JdbcTemplate jdbc, RuntimeService runtimeService, ContactNormaliser normaliser,
            TelephonyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.normaliser = normaliser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records the call and its decision and starts its process instance; a repeated report of the same call returns
     * the first one's result (marked as a replay) and starts nothing. Two retries racing each other meet at the
     * primary key; the loser's caller reads the winner's result with {@link #replay}.
     */
    @Transactional
    public CallReport report(DroppedCall call) {
        Optional<CallReport> earlier = replay(call);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        Instant startedAt = stored(call.startedAt());
        Instant droppedAt = stored(call.droppedAt());
        Map<String, String> problems = new LinkedHashMap<>();
        if (droppedAt.isBefore(startedAt)) {
            problems.put("droppedAt", "must not lie before startedAt");
        }
        if (droppedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.put("droppedAt", "must not lie in the future");
        }
        String number = null;
        if (call.direction() == CallDirection.INBOUND && call.numberVisible() && call.answeredByAgent()
                && call.dropReason() == DropReason.TECHNICAL) {
            // Only this case may keep the number; in every other the number is not even read.
            number = normaliser.phone(call.callerNumber()).orElse(null);
            if (number == null) {
                problems.put("callerNumber", "must be a phone number when an inbound call's number is visible");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant callbackUntil = droppedAt.plus(properties.callbackWindow());
        CallbackDecision decision = CallbackDecision.decide(call.direction(), call.answeredByAgent(),
                call.dropReason(), call.numberVisible(), !now.isAfter(callbackUntil));
        if (decision != CallbackDecision.CALL_BACK) {
            number = null;
        }
        jdbc.update("""
                INSERT INTO dropped_call (call_id, direction, number_visible, caller_number, started_at, dropped_at,
                    reported_at, decision, callback_until, answered_by_agent, drop_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                call.callId(), call.direction().name(), call.numberVisible(), number, Timestamp.from(startedAt),
                Timestamp.from(droppedAt), Timestamp.from(now), decision.name(),
                decision == CallbackDecision.CALL_BACK ? Timestamp.from(callbackUntil) : null,
                call.answeredByAgent(), call.dropReason().name());

        Map<String, Object> variables = new HashMap<>();
        variables.put(CallbackVariables.CALL_ID, call.callId());
        variables.put(CallbackVariables.CALLBACK_DECISION, decision.name());
        variables.put(CallbackVariables.DROPPED_AT, Date.from(droppedAt));
        variables.put(CallbackVariables.CALLBACK_UNTIL, Date.from(callbackUntil));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(CallbackProcess.KEY)
                .businessKey(call.callId())
                .setVariables(variables)
                .execute();
        jdbc.update("UPDATE dropped_call SET process_instance_id = ? WHERE call_id = ?", instance.getId(),
                call.callId());
        log.info("Dropped call {} reported: {}", call.callId(), decision);
        return find(call.callId()).orElseThrow();
    }

    /** The earlier result for this call id, if it was reported; a report with other details is refused. */
    @Transactional(readOnly = true)
    public Optional<CallReport> replay(DroppedCall call) {
        return find(call.callId()).map(earlier -> {
            boolean same = earlier.direction() == call.direction()
                    && earlier.numberVisible() == call.numberVisible()
                    && earlier.startedAt().equals(stored(call.startedAt()))
                    && earlier.droppedAt().equals(stored(call.droppedAt()))
                    && java.util.Objects.equals(earlier.answeredByAgent(), call.answeredByAgent())
                    && earlier.dropReason() == call.dropReason();
            if (!same) {
                throw new CallAlreadyReportedException(call.callId());
            }
            return earlier.asReplay();
        });
    }

    @Transactional(readOnly = true)
    public Optional<CallReport> find(String callId) {
        return jdbc.query("SELECT * FROM dropped_call WHERE call_id = ?", DroppedCalls::report, callId).stream()
                .findFirst();
    }

    /** The number to call back, while it is held. */
    public Optional<String> callerNumber(String callId) {
        return jdbc.queryForList("SELECT caller_number FROM dropped_call WHERE call_id = ?", String.class, callId)
                .stream().filter(number -> number != null).findFirst();
    }

    /** Erases the number and records how the callback ended; erasing again changes nothing. */
    public void eraseNumber(String callId, CallbackOutcome outcome) {
        int updated = jdbc.update("""
                UPDATE dropped_call SET caller_number = NULL, outcome = ?, number_erased_at = ?
                WHERE call_id = ? AND number_erased_at IS NULL""",
                outcome.name(), Timestamp.from(clock.instant()), callId);
        if (updated == 0 && find(callId).isEmpty()) {
            throw new UnknownCallException(callId);
        }
        log.info("Dropped call {}: callback {}, number erased", callId, outcome);
    }

    private static CallReport report(ResultSet rs, int row) throws SQLException {
        return new CallReport(rs.getString("call_id"), CallDirection.valueOf(rs.getString("direction")),
                rs.getBoolean("number_visible"), instant(rs, "started_at"), instant(rs, "dropped_at"),
                instant(rs, "reported_at"), CallbackDecision.valueOf(rs.getString("decision")),
                instant(rs, "callback_until"),
                rs.getString("outcome") == null ? null : CallbackOutcome.valueOf(rs.getString("outcome")),
                rs.getString("caller_number") != null, instant(rs, "number_erased_at"),
                (Boolean) rs.getObject("answered_by_agent"),
                rs.getString("drop_reason") == null ? null : DropReason.valueOf(rs.getString("drop_reason")), false);
    }

    /** As the database keeps it (microseconds), so that a retry compares equal to what was stored. */
    private static Instant stored(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
