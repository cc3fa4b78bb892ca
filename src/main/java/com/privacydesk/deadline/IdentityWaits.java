package com.privacydesk.deadline;

import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wait for identity information (Art. 12(6)) and what it does to the deadline, kept in the case's own table:
 * <ul>
 *   <li>STRICT: nothing is suspended; the desk waits at most until the deadline day begins, so the refusal goes
 *       out on time instead of the case passing its deadline unseen;</li>
 *   <li>SUSPEND: the question suspends the period only if it went out within
 *       {@code privacy-desk.deadlines.suspension.asked-within} of receipt (EDPB 01/2022 §159: without undue delay);
 *       a later question is treated as under STRICT;</li>
 *   <li>the stored deadline shows the truth when the wait ends: moved by the days waited after a reply and at a
 *       refusal for no reply, unchanged when nothing was suspended.</li>
 * </ul>
 */
@Service
public class IdentityWaits {

    private final JdbcTemplate jdbc;
    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;
    private final SuspensionProperties suspension;

    public IdentityWaits(JdbcTemplate jdbc, RequestRepository requests, DeadlineCalculator calculator,
                         CaseDeadlines caseDeadlines, SuspensionProperties suspension) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
        this.suspension = suspension;
    }

    /** Whether a question asked at that moment suspends the period of a request received at {@code receivedAt}. */
    public boolean suspends(Instant receivedAt, Instant askedAt) {
        if (calculator.identityClarification() != IdentityClarification.SUSPEND) {
            return false;
        }
        LocalDate latest = calculator.receiptDate(receivedAt).plus(suspension.askedWithin());
        return !calculator.dateOf(askedAt).isAfter(latest);
    }

    /** Records the question that goes out now and returns it, with whether it suspends and until when to wait. */
    @Transactional
    public IdentityQuestion ask(String caseNumber, Instant askedAt) {
        RequestRecord request = requests.get(caseNumber);
        boolean suspends = suspends(request.receivedAt(), askedAt);
        Instant replyDueAt = calculator.informationDueAt(askedAt);
        if (!suspends) {
            // The deadline keeps running: the wait ends as the deadline day begins, so the refusal goes out on it.
            LocalDate deadline = request.extendedDeadline() != null ? request.extendedDeadline()
                    : caseDeadlines.current(request).deadline();
            Instant waitEnd = calculator.endOfDay(deadline.minusDays(1));
            if (waitEnd.isBefore(replyDueAt)) {
                replyDueAt = waitEnd.isAfter(askedAt) ? waitEnd : askedAt;
            }
        }
        if (suspends) {
            // The record shows the case waiting, so that the case view and older paths see it too.
            requests.suspend(caseNumber, askedAt);
        }
        jdbc.update("""
                INSERT INTO identity_question (case_number, asked_at, policy, suspends, reply_due_at)
                VALUES (?, ?, ?, ?, ?)""", caseNumber, Timestamp.from(askedAt),
                calculator.identityClarification().name(), suspends, Timestamp.from(replyDueAt));
        return new IdentityQuestion(caseNumber, askedAt, calculator.identityClarification(), suspends, replyDueAt,
                null, null, null);
    }

    /**
     * Ends the open wait of the case (reply or refusal for no reply) and stores the deadline as it now stands:
     * moved by the calendar days waited when the question suspended the period, unchanged otherwise.
     *
     * @return the deadline as stored; empty when the case has no open question (nothing to end)
     */
    @Transactional
    public Optional<CaseDeadline> end(String caseNumber, Instant endedAt, IdentityQuestion.Outcome outcome) {
        Optional<IdentityQuestion> open = openQuestion(caseNumber);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        IdentityQuestion question = open.get();
        RequestRecord request = requests.get(caseNumber);
        CaseDeadline current = caseDeadlines.current(request);
        CaseDeadline after = question.suspends()
                ? calculator.suspendDays(current, question.askedAt(), endedAt) : current;
        requests.resume(caseNumber, after.deadline(), after.daysSuspended());
        jdbc.update("""
                UPDATE identity_question SET ended_at = ?, outcome = ?, days_suspended = ?
                WHERE case_number = ? AND asked_at = ? AND ended_at IS NULL""", Timestamp.from(endedAt),
                outcome.name(), after.daysSuspended() - current.daysSuspended(), caseNumber,
                Timestamp.from(question.askedAt()));
        return Optional.of(after);
    }

    /** The question the case is waiting on, if any. */
    public Optional<IdentityQuestion> openQuestion(String caseNumber) {
        return questions(caseNumber).stream().filter(q -> q.endedAt() == null).reduce((first, second) -> second);
    }

    /** Every question of the case, oldest first. */
    public List<IdentityQuestion> questions(String caseNumber) {
        return jdbc.query("""
                SELECT case_number, asked_at, policy, suspends, reply_due_at, ended_at, outcome, days_suspended
                FROM identity_question WHERE case_number = ? ORDER BY asked_at, id""", IdentityWaits::row, caseNumber);
    }

    private static IdentityQuestion row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        String outcome = rs.getString("outcome");
        int days = rs.getInt("days_suspended");
        Integer daysSuspended = rs.wasNull() ? null : days;
        return new IdentityQuestion(rs.getString("case_number"), rs.getTimestamp("asked_at").toInstant(),
                IdentityClarification.valueOf(rs.getString("policy")), rs.getBoolean("suspends"),
                rs.getTimestamp("reply_due_at").toInstant(), ended == null ? null : ended.toInstant(),
                outcome == null ? null : IdentityQuestion.Outcome.valueOf(outcome), daysSuspended);
    }
}
