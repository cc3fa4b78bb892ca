package com.privacydesk.lookup;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.privacydesk.lookup.ManualSourceSearches.Outcome.FOUND;
import static com.privacydesk.lookup.ManualSourceSearches.Outcome.NOT_FOUND;
import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualSourceSearchesTest {

    private static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");

    private static ManualSourceSearches searches(NamedParameterJdbcTemplate jdbc) {
        return new ManualSourceSearches(jdbc, TestDataMaps.record());
    }

    private static void request(NamedParameterJdbcTemplate jdbc, String caseNumber) {
        jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, received_at, deadline, created_at)"
                + " VALUES (:c, 'EMAIL', 'ERASURE', 'en', CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP)", Map.of("c", caseNumber));
    }

    @Test
    void sourcesFor_onlyThePlacesTheRequestedRightsConcern() {
        ManualSourceSearches searches = new ManualSourceSearches(null, TestDataMaps.record());

        assertThat(searches.sourcesFor(List.of(Right.ERASURE))).containsExactly("complaints-spreadsheet",
                "agent-address-books", "returns-paper-files", "callcentre-supplier");
        assertThat(searches.sourcesFor(List.of(Right.OBJECTION))).containsExactly("callcentre-supplier");
        assertThat(searches.sourcesFor(List.of(Right.QUESTION))).isEmpty();
        assertThat(searches.ownerGroup("returns-paper-files")).isEqualTo("difficult-customer-officers");
        assertThatThrownBy(() -> searches.ownerGroup("shoebox")).hasMessageContaining("Unknown manual source shoebox");
    }

    @Test
    void ownerGroup_managersWatchAndAreNeverOfferedASearch_theAgentsSearchInstead() {
        ManualSourceSearches searches = new ManualSourceSearches(null, TestDataMaps.record());

        assertThat(TestDataMaps.record().manualSource("callcentre-supplier").orElseThrow().ownerGroup())
                .as("the record names the managers").isEqualTo("managers");
        assertThat(searches.ownerGroup("callcentre-supplier")).isEqualTo("agents");
        assertThat(searches.ownerGroup("complaints-spreadsheet")).isEqualTo("agents");
    }

    @Test
    void record_twice_keepsOneRowWithTheLastAnswer() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-MS1");
            ManualSourceSearches searches = searches(jdbc);

            searches.record("DSR-T-MS1", "complaints-spreadsheet", NOT_FOUND, null, null, false, List.of(Right.ERASURE), "anna", AT);
            searches.record("DSR-T-MS1", "complaints-spreadsheet", FOUND, "1 row, deleted", null, true, List.of(Right.ERASURE), "anna", AT);

            assertThat(jdbc.queryForList("SELECT outcome FROM manual_source_search WHERE case_number = 'DSR-T-MS1'",
                    Map.of(), String.class)).containsExactly("FOUND");
            assertThat(searches.summary("DSR-T-MS1"))
                    .isEqualTo("Complaints spreadsheet of the customer-service team: FOUND (handled)");
            assertThat(searches.summary("DSR-T-MS1", staff(StaffLanguage.NL))).endsWith(": gevonden (uitgevoerd)");
        });
    }

    @Test
    void record_isASearchOnly_changesComeAfterTheDecision_andAnOutcomeIsRequired() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-MS2");
            ManualSourceSearches searches = searches(jdbc);

            // An erasure request found in a paper file is recorded as found; nothing is erased before the decision.
            searches.record("DSR-T-MS2", "returns-paper-files", FOUND, null, null, false, List.of(Right.ERASURE), "officer", AT);
            assertThat(searches.foundIn("DSR-T-MS2")).containsExactly("returns-paper-files");
            assertThatThrownBy(() -> searches.record("DSR-T-MS2", "returns-paper-files", null, null, null, false,
                    List.of(Right.ACCESS), "officer", AT)).hasMessageContaining("state what the search found");
            searches.record("DSR-T-MS2", "returns-paper-files", FOUND, "copy attached to the case file",
                    "Return slip 2025-03-14: Anna Kowalska, ul. Polna 3, Łódź", false, List.of(Right.ACCESS), "officer", AT);

            assertThat(searches.summary("DSR-T-MS2")).isEqualTo("Paper return slips and signed delivery notes: FOUND");
            assertThat(searches.summary("DSR-T-NONE")).isEqualTo("No manual source searched.");
            // In the staff language: the source's name from the record, the outcome as a word, never as a code.
            assertThat(searches.summary("DSR-T-MS2", staff(StaffLanguage.PL)))
                    .isEqualTo("Papierowe formularze zwrotu i podpisane potwierdzenia dostawy: znaleziono");
            assertThat(searches.summary("DSR-T-MS2", staff(StaffLanguage.FR)))
                    .isEqualTo("Bordereaux de retour et bons de livraison signés sur papier : trouvé");
            assertThat(searches.summary("DSR-T-NONE", staff(StaffLanguage.DE))).isEqualTo("Keine manuelle Quelle durchsucht.");
        });
    }

    /** Issue 18: an access copy shows what was found by hand, so the searcher enters it, as found, for access. */
    @Test
    void record_keepsTheDataFound_requiredForAccess_refusedWhenNothingWasFound() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-MS3");
            ManualSourceSearches searches = searches(jdbc);
            String row = "Row 17, sheet 2024: Anna Kowalska, complaint about order ZAM-1001, phone 601 234 567";

            assertThatThrownBy(() -> searches.record("DSR-T-MS3", "complaints-spreadsheet", FOUND, "row 17", "  ",
                    false, List.of(Right.ACCESS), "anna", AT))
                    .hasMessageContaining("enter the data found").hasMessageContaining("DSR-T-MS3");
            assertThatThrownBy(() -> searches.record("DSR-T-MS3", "complaints-spreadsheet", NOT_FOUND, null, row,
                    false, List.of(Right.ACCESS), "anna", AT))
                    .hasMessageContaining("leave the data found empty").hasMessageNotContaining("Kowalska");
            assertThatThrownBy(() -> searches.record("DSR-T-MS3", "complaints-spreadsheet", FOUND, null,
                    "x".repeat(ManualSourceSearches.DATA_FOUND_MAX + 1), false, List.of(Right.ACCESS), "anna", AT))
                    .hasMessageContaining("at most 4000 characters");

            searches.record("DSR-T-MS3", "complaints-spreadsheet", FOUND, "row 17", "  " + row + "\n", false,
                    List.of(Right.ACCESS), "anna", AT);
            searches.record("DSR-T-MS3", "returns-paper-files", NOT_FOUND, null, null, false, List.of(Right.ACCESS),
                    "anna", AT);

            assertThat(searches.found("DSR-T-MS3")).containsExactly(
                    new ManualSourceSearches.Found("complaints-spreadsheet", "FOUND", row),
                    new ManualSourceSearches.Found("returns-paper-files", "NOT_FOUND", null));
            // Names and outcomes only: the data stay out of the summary that travels as a process variable.
            assertThat(searches.summary("DSR-T-MS3")).doesNotContain("Kowalska");
        });
    }

    private static StaffTexts staff(StaffLanguage language) {
        return new StaffTexts(new StaffLanguageProperties(language));
    }
}
