package com.privacydesk.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Staff's own words about a case (case_note): kept with the case, read by the letters and the tasks that need them,
 * purged with the case. Process variables never hold them beyond the completion that submitted them.
 */
@Repository
public class CaseNotes {

    /** What a note is, and the form field it is typed into. */
    public enum Kind {
        OFFICER_GUIDANCE(RequestVariables.GUIDANCE),
        INFORMATION_NEEDED(RequestVariables.INFORMATION_NEEDED),
        EXTENSION_REASON(RequestVariables.REASON_DETAILS),
        OVERDUE_REVIEW(RequestVariables.OVERDUE_REVIEW_NOTE);

        private final String variable;

        Kind(String variable) {
            this.variable = variable;
        }

        public String variable() {
            return variable;
        }
    }

    public static final String TABLE = "case_note";
    /** The variables the notes are typed into: never written to history, removed once kept. */
    public static final List<String> VARIABLES = java.util.Arrays.stream(Kind.values()).map(Kind::variable).toList();

    private final JdbcTemplate jdbc;

    public CaseNotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String caseNumber, Kind kind, String note, String writtenBy, Instant at) {
        jdbc.update("INSERT INTO case_note (case_number, kind, note, written_by, written_at) VALUES (?, ?, ?, ?, ?)",
                caseNumber, kind.name(), note.strip(), writtenBy, Timestamp.from(at));
    }

    /** The newest note of that kind, e.g. what was asked for last. */
    public Optional<String> latest(String caseNumber, Kind kind) {
        return jdbc.queryForList("SELECT note FROM case_note WHERE case_number = ? AND kind = ?"
                + " ORDER BY written_at DESC, id DESC", String.class, caseNumber, kind.name()).stream().findFirst();
    }
}
