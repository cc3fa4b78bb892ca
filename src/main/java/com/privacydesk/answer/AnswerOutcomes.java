package com.privacydesk.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored outcome of each answer round of a case. */
@Repository
public class AnswerOutcomes {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AnswerOutcomes(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(String caseNumber, int round, AnswerOutcome outcome, Instant at) {
        jdbc.update("DELETE FROM answer_outcome WHERE case_number = ? AND answer_round = ?", caseNumber, round);
        jdbc.update("INSERT INTO answer_outcome (case_number, answer_round, outcome, created_at) VALUES (?, ?, ?, ?)",
                caseNumber, round, write(outcome), Timestamp.from(at));
    }

    public Optional<AnswerOutcome> find(String caseNumber, int round) {
        return jdbc.queryForList("SELECT outcome FROM answer_outcome WHERE case_number = ? AND answer_round = ?",
                String.class, caseNumber, round).stream().findFirst().map(this::read);
    }

    private String write(AnswerOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer outcome cannot be written", e);
        }
    }

    private AnswerOutcome read(String value) {
        try {
            return json.readValue(value, AnswerOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer outcome cannot be read", e);
        }
    }
}
