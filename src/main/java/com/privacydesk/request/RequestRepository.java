package com.privacydesk.request;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The desk's request table, and its only writer: every change names its intent (file, classify, identify, suspend,
 * resume, extend, take over, record the answer, mark overdue, close, purge). Within one transaction a case is read from
 * the table once: steps that run in the same job (acknowledge and match, carry out and answer) share the row, and
 * every write through this class drops it, so the next read sees the change.
 */
@Repository
public class RequestRepository {

    /** The case table; this class is its one reader and writer. */
    public static final String TABLE = "dsr_request";

    private final JdbcTemplate jdbc;

    public RequestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the request; a second request with the same idempotency key fails on the unique index. */
    public void insert(RequestRecord request, Instant createdAt, String idempotencyKey, String fingerprint) {
        forget(request.caseNumber());
        RequestRecord.Requester requester = request.requester();
        jdbc.update("""
                INSERT INTO dsr_request (case_number, channel, rights, language, requester_name, requester_email,
                    requester_phone, requester_customer_number, message, received_at, deadline, created_at,
                    idempotency_key, idempotency_fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                request.caseNumber(), request.channel().name(), Rights.format(request.rights()),
                request.language().name(), requester.name(), requester.email(), requester.phone(),
                requester.customerNumber(), request.message(), Timestamp.from(request.receivedAt()),
                Date.valueOf(request.deadline()), Timestamp.from(createdAt), idempotencyKey, fingerprint);
    }

    /** The case already filed under an idempotency key, with the fingerprint of the body that filed it. */
    public Optional<Map.Entry<RequestRecord, String>> findByIdempotencyKey(String key) {
        return jdbc.query("SELECT * FROM dsr_request WHERE idempotency_key = ?",
                (rs, i) -> Map.entry(map(rs, i), rs.getString("idempotency_fingerprint")), key).stream().findFirst();
    }

    public Optional<RequestRecord> find(String caseNumber) {
        Map<String, RequestRecord> read = readInThisTransaction();
        RequestRecord known = read == null ? null : read.get(caseNumber);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RequestRecord> found = jdbc.query("SELECT * FROM dsr_request WHERE case_number = ?",
                RequestRepository::map, caseNumber).stream().findFirst();
        if (read != null) {
            found.ifPresent(request -> read.put(caseNumber, request));
        }
        return found;
    }

    public RequestRecord get(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> new UnknownCaseException(caseNumber));
    }

    /** Open requests whose deadline passed without an answer, earliest first. */
    public List<String> overdueCaseNumbers() {
        return jdbc.queryForList("""
                SELECT case_number FROM dsr_request
                WHERE overdue_since IS NOT NULL AND answered_at IS NULL AND closed_at IS NULL
                ORDER BY overdue_since, case_number""", String.class);
    }

    /**
     * Records the first layer of information the requester was given: at intake when the channel gave it (web form,
     * chat, call), otherwise when the acknowledgement carrying it was sent. Set once: the first one given stays.
     */
    public void recordInformationGiven(String caseNumber, InformationGiven information) {
        forget(caseNumber);
        jdbc.update("""
                UPDATE dsr_request SET information_clause = ?, information_clause_version = ?, information_given_at = ?
                WHERE case_number = ? AND information_clause IS NULL""", information.clause(), information.version(),
                Timestamp.from(information.givenAt()), caseNumber);
    }

    /** Empty for requests filed before the desk recorded it. */
    public Optional<InformationGiven> informationGiven(String caseNumber) {
        return jdbc.query("""
                SELECT information_clause, information_clause_version, information_given_at FROM dsr_request
                WHERE case_number = ? AND information_clause IS NOT NULL""",
                (rs, i) -> new InformationGiven(rs.getString(1), rs.getString(2), instant(rs, "information_given_at")),
                caseNumber).stream().findFirst();
    }

    /** Records what the channel authenticated; set once, at intake, by a trusted path only. */
    public void recordChannelProof(String caseNumber, ChannelProof proof) {
        update("UPDATE dsr_request SET proven_contact = ?, proven_by = ?, proven_vouched_by = ? WHERE case_number = ?",
                proof.contact(), proof.provenBy().name(), proof.vouchedBy(), caseNumber);
    }

    /** Empty when the channel authenticated nothing (a web form, a letter, an anonymous API call, a forged e-mail). */
    public Optional<ChannelProof> channelProof(String caseNumber) {
        return jdbc.query("""
                SELECT proven_contact, proven_by, proven_vouched_by FROM dsr_request
                WHERE case_number = ? AND proven_contact IS NOT NULL""",
                (rs, i) -> new ChannelProof(rs.getString(1), ChannelProof.ProvenBy.valueOf(rs.getString(2)),
                        rs.getString(3)), caseNumber).stream().findFirst();
    }

    public void linkProcessInstance(String caseNumber, String processInstanceId) {
        update("UPDATE dsr_request SET process_instance_id = ? WHERE case_number = ?", processInstanceId, caseNumber);
    }

    /** What an agent read from an unclassified message: its rights, the requester as stated, the language. */
    public void classify(String caseNumber, List<Right> rights, RequestRecord.Requester requester,
            Language language) {
        update("""
                UPDATE dsr_request SET rights = ?, requester_name = ?, requester_email = ?, requester_phone = ?,
                    requester_customer_number = ?, language = ?
                WHERE case_number = ?""", Rights.format(rights), requester.name(), requester.email(),
                requester.phone(), requester.customerNumber(), language.name(), caseNumber);
    }

    /** The customer the requester was found to be (a sure match or a confirmed verification). */
    public void identify(String caseNumber, Long customerId) {
        update("UPDATE dsr_request SET data_subject_id = ? WHERE case_number = ?", customerId, caseNumber);
    }

    /** The desk asked for identity information: the deadline stands still from now until the reply. */
    public void suspend(String caseNumber, Instant since) {
        update("UPDATE dsr_request SET suspended_since = ? WHERE case_number = ?", Timestamp.from(since), caseNumber);
    }

    /** The reply came: the deadline moved on by the days the desk waited for it. */
    public void resume(String caseNumber, LocalDate deadline, int daysSuspended) {
        update("UPDATE dsr_request SET deadline = ?, days_suspended = ?, suspended_since = NULL WHERE case_number = ?",
                Date.valueOf(deadline), daysSuspended, caseNumber);
    }

    /** The deadline extended by up to two months (Art. 12(3)). */
    public void extend(String caseNumber, LocalDate extendedDeadline) {
        update("UPDATE dsr_request SET extended_deadline = ? WHERE case_number = ?", Date.valueOf(extendedDeadline),
                caseNumber);
    }

    /** The difficult-customer officer who continues the case. */
    public void takeOver(String caseNumber, String officer) {
        update("UPDATE dsr_request SET handler = ? WHERE case_number = ?", officer, caseNumber);
    }

    /** The answer sent: its decision and when. */
    public void recordAnswer(String caseNumber, String decision, Instant at) {
        update("UPDATE dsr_request SET decision = ?, answered_at = ? WHERE case_number = ?", decision,
                Timestamp.from(at), caseNumber);
    }

    public void markOverdue(String caseNumber, Instant since) {
        update("UPDATE dsr_request SET overdue_since = COALESCE(overdue_since, ?) WHERE case_number = ?",
                Timestamp.from(since), caseNumber);
    }

    /** Closed: the customer did not react in the quiet period, or was pointed to the authority. */
    public void close(String caseNumber, Instant at) {
        update("UPDATE dsr_request SET closed_at = COALESCE(closed_at, ?) WHERE case_number = ?", Timestamp.from(at),
                caseNumber);
    }

    /** The cases of a customer: where their copies live. */
    public List<String> caseNumbersOfSubject(long dataSubjectId) {
        return jdbc.queryForList("SELECT case_number FROM dsr_request WHERE data_subject_id = ?", String.class,
                dataSubjectId);
    }

    /** Whether any request was ever filed (the demo data is created only into an empty desk). */
    public boolean anyFiled() {
        return !jdbc.queryForList("SELECT case_number FROM dsr_request FETCH FIRST 1 ROWS ONLY", String.class)
                .isEmpty();
    }

    /** Open cases, each with those of the given activities its instance waits in (none: an empty set). */
    public Map<String, Set<String>> openCasesWaitingIn(Collection<String> activityIds) {
        Map<String, Set<String>> byCase = new HashMap<>();
        String placeholders = String.join(", ", Collections.nCopies(activityIds.size(), "?"));
        jdbc.query("""
                SELECT r.case_number, e.ACT_ID_
                FROM dsr_request r
                LEFT JOIN ACT_RU_EXECUTION e ON e.PROC_INST_ID_ = r.process_instance_id AND e.ACT_ID_ IN (%s)
                WHERE r.closed_at IS NULL""".formatted(activityIds.isEmpty() ? "NULL" : placeholders), rs -> {
            Set<String> activities = byCase.computeIfAbsent(rs.getString(1), c -> new HashSet<>());
            if (rs.getString(2) != null) {
                activities.add(rs.getString(2));
            }
        }, activityIds.toArray());
        return byCase;
    }

    /** Open cases past their deadline without an answer. */
    public long countOverdueUnanswered() {
        Long count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM dsr_request
                WHERE closed_at IS NULL AND answered_at IS NULL AND overdue_since IS NOT NULL""", Long.class);
        return count == null ? 0 : count;
    }

    /** Cases closed before the moment: past their retention once it is the cut-off. */
    public List<String> closedBefore(Instant cutoff) {
        return jdbc.queryForList("SELECT case_number FROM dsr_request WHERE closed_at < ? ORDER BY case_number",
                String.class, Timestamp.from(cutoff));
    }

    /**
     * Open cases filed before the cutoff, with their process instance: the purge asks the engine which of them were
     * cancelled (their instance ended without closing them).
     */
    public List<Map.Entry<String, String>> openFiledBefore(Instant cutoff) {
        return jdbc.query("SELECT case_number, process_instance_id FROM dsr_request WHERE closed_at IS NULL"
                + " AND created_at < ? ORDER BY case_number", (rs, i) -> new java.util.AbstractMap.SimpleImmutableEntry<>(
                rs.getString(1), rs.getString(2)), Timestamp.from(cutoff));
    }

    /**
     * Deletes the records of cases past their retention, closed or cancelled (their children first: the caller's
     * job). Returns how many were deleted.
     */
    public int purge(Collection<String> caseNumbers) {
        caseNumbers.forEach(this::forget);
        int[][] counts = jdbc.batchUpdate("DELETE FROM dsr_request WHERE case_number = ?",
                caseNumbers, 500, (statement, caseNumber) -> statement.setString(1, caseNumber));
        return java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).map(n -> Math.max(n, 0)).sum();
    }

    private void update(String sql, Object... args) {
        // Every update names the case last.
        forget((String) args[args.length - 1]);
        if (jdbc.update(sql, args) != 1) {
            throw new UnknownCaseException((String) args[args.length - 1]);
        }
    }

    private void forget(String caseNumber) {
        Map<String, RequestRecord> read = readInThisTransaction();
        if (read != null) {
            read.remove(caseNumber);
        }
    }

    /**
     * The cases read in the current transaction, or null outside one. Bound to the transaction: set aside while a
     * nested REQUIRES_NEW transaction runs (which reads for itself) and emptied after it, dropped when the
     * transaction ends, committed or not.
     */
    @SuppressWarnings("unchecked")
    private Map<String, RequestRecord> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<String, RequestRecord> read = (Map<String, RequestRecord>) TransactionSynchronizationManager.getResource(this);
        if (read == null) {
            Map<String, RequestRecord> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RequestRepository.this);
                }

                @Override
                public void resume() {
                    // The nested transaction may have committed a change to any of them: read them again.
                    fresh.clear();
                    TransactionSynchronizationManager.bindResource(RequestRepository.this, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RequestRepository.this);
                }
            });
            read = fresh;
        }
        return read;
    }

    private static RequestRecord map(ResultSet rs, int row) throws SQLException {
        return new RequestRecord(
                rs.getString("case_number"),
                rs.getString("process_instance_id"),
                Channel.valueOf(rs.getString("channel")),
                Rights.parse(rs.getString("rights")),
                Language.valueOf(rs.getString("language")),
                new RequestRecord.Requester(rs.getString("requester_name"), rs.getString("requester_email"),
                        rs.getString("requester_phone"), rs.getString("requester_customer_number")),
                rs.getString("message"),
                instant(rs, "received_at"),
                rs.getDate("deadline").toLocalDate(),
                rs.getDate("extended_deadline") == null ? null : rs.getDate("extended_deadline").toLocalDate(),
                rs.getInt("days_suspended"),
                rs.getObject("data_subject_id") == null ? null : rs.getLong("data_subject_id"),
                rs.getString("decision"),
                rs.getString("handler"),
                instant(rs, "overdue_since"),
                instant(rs, "answered_at"),
                instant(rs, "closed_at"),
                instant(rs, "suspended_since"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
