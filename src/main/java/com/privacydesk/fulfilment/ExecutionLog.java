package com.privacydesk.fulfilment;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The execution log of each answer round (execution_log): appended in the order things were done. */
@Repository
public class ExecutionLog {

    private final JdbcTemplate jdbc;

    public ExecutionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String caseNumber, int round, ExecutionEntry entry) {
        jdbc.update("""
                INSERT INTO execution_log (case_number, answer_round, seq, step, target, action, row_count, ground, actor,
                    done_at)
                VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM execution_log WHERE case_number = ? AND answer_round = ?),
                    ?, ?, ?, ?, ?, ?, ?)""", caseNumber, round, caseNumber, round, entry.step().name(), entry.target(),
                entry.action().name(), entry.rows(), entry.ground(), entry.actor(), Timestamp.from(entry.at()));
    }

    public List<ExecutionEntry> entries(String caseNumber, int round) {
        return jdbc.query("""
                SELECT step, target, action, row_count, ground, actor, done_at FROM execution_log
                WHERE case_number = ? AND answer_round = ? ORDER BY seq""", (rs, i) -> new ExecutionEntry(
                ExecutionEntry.Step.valueOf(rs.getString(1)), rs.getString(2), ExecutionEntry.Action.valueOf(rs.getString(3)),
                rs.getInt(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), caseNumber, round);
    }

    public boolean carriedOut(String caseNumber, int round) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM execution_log WHERE case_number = ? AND answer_round = ?",
                Integer.class, caseNumber, round);
        return n != null && n > 0;
    }
}
