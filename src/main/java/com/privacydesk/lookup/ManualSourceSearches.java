package com.privacydesk.lookup;

import com.privacydesk.platform.ExpressionBean;
import com.privacydesk.datamap.ManualSource;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.StaffTexts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places no query reaches (seed 004): which of the record's manual sources a request must be searched in by hand,
 * who searches them, and what each search found (manual_source_search, one row per case and source).
 */
@Service("manualSourceSearches")
@ExpressionBean // the search task's candidate group: ${manualSourceSearches.ownerGroup(manualSource)}
public class ManualSourceSearches {

    public enum Outcome { FOUND, NOT_FOUND }

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordOfProcessing record;

    public ManualSourceSearches(NamedParameterJdbcTemplate jdbc, RecordOfProcessing record) {
        this.jdbc = jdbc;
        this.record = record;
    }

    /** The ids of the manual sources a request for these rights concerns, in the record's order. */
    public List<String> sourcesFor(Collection<Right> rights) {
        return record.manualSourcesFor(rights).stream().map(ManualSource::id).toList();
    }

    /**
     * The group a search task goes to; used as candidateGroups="${manualSourceSearches.ownerGroup(manualSource)}".
     * Managers watch the desk and change no case: a source the record gives to them is searched by the agents, who
     * also write to a supplier (a candidate may write every variable of the case, CAMUNDA-NOTES).
     */
    public String ownerGroup(String sourceId) {
        String owner = source(sourceId).ownerGroup();
        return RequestProcess.GROUP_MANAGERS.equals(owner) ? RequestProcess.GROUP_AGENTS : owner;
    }

    public ManualSource source(String sourceId) {
        return record.manualSource(sourceId).orElseThrow(() ->
                new IllegalArgumentException("Unknown manual source " + sourceId + " (not in the record of processing)"));
    }

    /** The longest data found one search may hold (the column's size). */
    public static final int DATA_FOUND_MAX = 4000;

    /**
     * Records a search; a repeated completion (retry) replaces the row, never adds a second one.
     *
     * @param dataFound the requester's data as found there, typed by the searcher: required when the search found
     *                  something and the request asks for access, since the copy shows them (Art. 15(3)); none when
     *                  nothing was found
     */
    @Transactional
    public void record(String caseNumber, String sourceId, Outcome outcome, String note, String dataFound,
            boolean actionConfirmed, Collection<Right> rights, String searchedBy, Instant at) {
        source(sourceId);
        String where = "Case " + caseNumber + ", manual source " + sourceId + ": ";
        if (outcome == null) {
            throw new IllegalArgumentException(where + "state what the search found");
        }
        String data = dataFound == null || dataFound.isBlank() ? null : dataFound.strip();
        if (outcome == Outcome.FOUND && data == null && rights.contains(Right.ACCESS)) {
            throw new IllegalArgumentException(where + "enter the data found, as they are recorded there: the copy of"
                    + " the requester's data shows them (Art. 15(3) GDPR)");
        }
        if (outcome == Outcome.NOT_FOUND && data != null) {
            throw new IllegalArgumentException(where + "nothing was found, so leave the data found empty");
        }
        if (data != null && data.length() > DATA_FOUND_MAX) {
            throw new IllegalArgumentException(where + "the data found may hold at most " + DATA_FOUND_MAX
                    + " characters");
        }
        MapSqlParameterSource p = new MapSqlParameterSource("caseNumber", caseNumber).addValue("source", sourceId);
        jdbc.update("DELETE FROM manual_source_search WHERE case_number = :caseNumber AND manual_source_id = :source", p);
        jdbc.update("INSERT INTO manual_source_search (case_number, manual_source_id, outcome, note, data_found,"
                + " action_confirmed, searched_by, searched_at)"
                + " VALUES (:caseNumber, :source, :outcome, :note, :data, :confirmed, :by, :at)",
                p.addValue("outcome", outcome.name()).addValue("note", note == null || note.isBlank() ? null : note.trim())
                        .addValue("data", data)
                        .addValue("confirmed", actionConfirmed).addValue("by", searchedBy)
                        .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    /** The manual sources whose search for this case found the subject's data. */
    public List<String> foundIn(String caseNumber) {
        return jdbc.queryForList("SELECT manual_source_id FROM manual_source_search WHERE case_number = :caseNumber"
                + " AND outcome = 'FOUND' ORDER BY manual_source_id", new MapSqlParameterSource("caseNumber", caseNumber),
                String.class);
    }

    /** What a search found in one manual source: its id and the data as the searcher entered them (null: none). */
    public record Found(String sourceId, String outcome, String data) {
    }

    /** Every search of this case with what it found, in the order of the sources' ids. */
    public List<Found> found(String caseNumber) {
        return jdbc.query("SELECT manual_source_id, outcome, data_found FROM manual_source_search"
                        + " WHERE case_number = :caseNumber ORDER BY manual_source_id",
                new MapSqlParameterSource("caseNumber", caseNumber),
                (rs, i) -> new Found(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The summary in English, the language of the sources. */
    public String summary(String caseNumber) {
        return summary(caseNumber, StaffTexts.source());
    }

    /** "Complaints spreadsheet: FOUND · Paper return slips: NOT_FOUND" in the staff language: names and outcomes only. */
    public String summary(String caseNumber, StaffTexts texts) {
        List<String> lines = jdbc.query("SELECT manual_source_id, outcome, action_confirmed FROM manual_source_search"
                        + " WHERE case_number = :caseNumber ORDER BY manual_source_id",
                new MapSqlParameterSource("caseNumber", caseNumber),
                (rs, i) -> texts.text(rs.getBoolean(3) ? "summary.manual.line-handled" : "summary.manual.line",
                        record.manualSource(rs.getString(1)).map(m -> texts.of(m.name())).orElse(rs.getString(1)),
                        texts.text("summary.manual.outcome." + Outcome.valueOf(rs.getString(2)).name())));
        return lines.isEmpty() ? texts.text("summary.manual.none") : lines.stream().collect(Collectors.joining(" · "));
    }
}
