package com.privacydesk.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The answer plan of each round, stored with the case (answer_plan); the engine keeps only the decision. */
@Repository
public class AnswerPlans {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AnswerPlans(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A completion retried after a failure replaces the plan of its round. */
    public void save(String caseNumber, int round, AnswerPlan plan, String decidedBy, Instant at) {
        jdbc.update("DELETE FROM answer_plan WHERE case_number = ? AND answer_round = ?", caseNumber, round);
        jdbc.update("INSERT INTO answer_plan (case_number, answer_round, plan, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                caseNumber, round, write(plan), decidedBy, Timestamp.from(at));
    }

    public Optional<AnswerPlan> find(String caseNumber, int round) {
        return jdbc.queryForList("SELECT plan FROM answer_plan WHERE case_number = ? AND answer_round = ?",
                String.class, caseNumber, round).stream().findFirst().map(this::read);
    }

    public AnswerPlan get(String caseNumber, int round) {
        return decided(caseNumber, round).plan();
    }

    /** A round's plan and who decided it: what carrying it out needs, in one read. */
    public record Decided(AnswerPlan plan, String decidedBy) {
    }

    public Decided decided(String caseNumber, int round) {
        return jdbc.query("SELECT plan, decided_by FROM answer_plan WHERE case_number = ? AND answer_round = ?",
                (rs, i) -> new Decided(read(rs.getString(1)), rs.getString(2)), caseNumber, round).stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("Case " + caseNumber
                        + ": no answer plan for round " + round));
    }

    private String write(AnswerPlan plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer plan cannot be written", e);
        }
    }

    private AnswerPlan read(String value) {
        try {
            return json.readValue(value, AnswerPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer plan cannot be read", e);
        }
    }
}
