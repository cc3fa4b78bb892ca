package com.privacydesk.fulfilment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Steps of an answer plan that people carry out after the decision (manual_action): applying a step in a place no
 * query reaches, notifying a recipient the desk cannot write to. One task each ("Carry out by hand").
 */
@Repository
public class ManualActions {

    public enum Kind { APPLY, NOTIFY }

    public record ManualAction(long id, String caseNumber, int round, Kind kind, String target, String step,
            String ownerGroup, String doneBy, Instant doneAt) {

        public boolean done() {
            return doneAt != null;
        }
    }

    private final JdbcTemplate jdbc;

    public ManualActions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long open(String caseNumber, int round, Kind kind, String target, String step, String ownerGroup) {
        jdbc.update("""
                INSERT INTO manual_action (case_number, answer_round, kind, target, step, owner_group)
                VALUES (?, ?, ?, ?, ?, ?)""", caseNumber, round, kind.name(), target, step, ownerGroup);
        return jdbc.queryForObject("""
                SELECT id FROM manual_action WHERE case_number = ? AND answer_round = ? AND kind = ? AND target = ?
                AND step = ?""", Long.class, caseNumber, round, kind.name(), target, step);
    }

    public List<Long> openIds(String caseNumber, int round) {
        return jdbc.queryForList("SELECT id FROM manual_action WHERE case_number = ? AND answer_round = ?"
                + " AND done_at IS NULL ORDER BY id", Long.class, caseNumber, round);
    }

    public Optional<ManualAction> find(long id) {
        return jdbc.query("SELECT * FROM manual_action WHERE id = ?", (rs, i) -> new ManualAction(rs.getLong("id"),
                rs.getString("case_number"), rs.getInt("answer_round"), Kind.valueOf(rs.getString("kind")),
                rs.getString("target"), rs.getString("step"), rs.getString("owner_group"), rs.getString("done_by"),
                rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant()), id)
                .stream().findFirst();
    }

    /** Marks the action done; false when it was done already (a retried completion). */
    public boolean complete(long id, String by, Instant at) {
        return jdbc.update("UPDATE manual_action SET done_by = ?, done_at = ? WHERE id = ? AND done_at IS NULL",
                by, Timestamp.from(at), id) == 1;
    }
}
