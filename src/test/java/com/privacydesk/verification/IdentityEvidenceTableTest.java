package com.privacydesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.testsupport.DecisionTables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * bpmn/identity-evidence.dmn, row by row: which facts of a match skip "Verify identity" (SURE), which an agent
 * verifies, and when the agent is told to ask for more. Every row is hit by at least one case.
 */
class IdentityEvidenceTableTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // channel, contact proven, confidence, rights -> verdict, row
                Arguments.of("EMAIL", true, "EXACT", "ACCESS", "SURE", "ProvenContactExactMatch"),
                Arguments.of("CHAT", true, "EXACT", "ERASURE", "SURE", "ProvenContactExactMatch"),
                Arguments.of("PHONE", true, "EXACT", "PORTABILITY,OBJECTION", "SURE", "ProvenContactExactMatch"),
                // What no server or staff member observed proves nothing, whatever matched.
                Arguments.of("EMAIL", false, "EXACT", "ACCESS", "VERIFY", "Otherwise"),
                Arguments.of("WEB_FORM", true, "EXACT", "ACCESS", "VERIFY", "Otherwise"),
                Arguments.of("LETTER", true, "EXACT", "ACCESS", "VERIFY", "Otherwise"),
                // No single customer: nothing to verify against.
                Arguments.of("EMAIL", true, "NONE", "ACCESS", "ASK_FOR_MORE", "NoSingleCustomer"),
                Arguments.of("LETTER", false, "NONE", "", "ASK_FOR_MORE", "NoSingleCustomer"),
                // A contradicted match: asking first where a mistake cannot be undone.
                Arguments.of("EMAIL", true, "WEAK", "ERASURE", "ASK_FOR_MORE", "ContradictedMatchForErasureOrPortability"),
                Arguments.of("WEB_FORM", false, "WEAK", "ACCESS,PORTABILITY", "ASK_FOR_MORE",
                        "ContradictedMatchForErasureOrPortability"),
                Arguments.of("EMAIL", true, "WEAK", "ACCESS", "VERIFY", "Otherwise"),
                Arguments.of("PHONE", false, "WEAK", "RECTIFICATION,OBJECTION", "VERIFY", "Otherwise"),
                // Others share the details: even a proven contact needs an agent.
                Arguments.of("PHONE", true, "STRONG", "ACCESS", "VERIFY", "SharedDetails"),
                Arguments.of("EMAIL", false, "STRONG", "ERASURE", "VERIFY", "SharedDetails"),
                // Values the table does not know fall to the last row: an agent verifies, never SURE.
                Arguments.of("FAX", true, "EXACT", "ACCESS", "VERIFY", "Otherwise"),
                Arguments.of("EMAIL", true, "CERTAIN", "ACCESS", "VERIFY", "Otherwise"),
                Arguments.of("EMAIL", null, "EXACT", "ACCESS", "VERIFY", "Otherwise"),
                Arguments.of(null, null, null, null, "VERIFY", "Otherwise"));
    }

    @ParameterizedTest(name = "{0}, proven {1}, {2}, {3} -> {4}")
    @MethodSource("cases")
    void row(String channel, Object contactProven, String confidence, String rights, String verdict, String row) {
        DecisionTables.Evaluation result = DecisionTables.identityEvidence(channel, contactProven, confidence, rights);

        assertThat(result.output()).isEqualTo(verdict);
        assertThat(result.rows()).containsExactly(row);
    }

    @Test
    void aProofThatIsNoBoolean_isRefused_notGuessed() {
        // In the process this is an incident on "Decide identity evidence", never a verdict.
        assertThatThrownBy(() -> DecisionTables.identityEvidence("EMAIL", "yes", "EXACT", "ACCESS"))
                .hasMessageContaining("Invalid value 'yes'");
    }

    @Test
    void everyOutputIsAVerdictTheProcessKnows() {
        List<String> outputs = DecisionTables.model(DecisionTables.IDENTITY_EVIDENCE_FILE)
                .getModelElementsByType(OutputEntry.class).stream().map(o -> o.getText().getTextContent()).toList();

        assertThat(outputs).isNotEmpty().allSatisfy(o -> assertThat(o).isIn("\"SURE\"", "\"VERIFY\"", "\"ASK_FOR_MORE\""));
    }

    @Test
    void onlyAnExactMatchOnAProvenContactIsSure() {
        for (String channel : List.of("EMAIL", "CHAT", "PHONE", "WEB_FORM", "LETTER")) {
            for (boolean proven : List.of(true, false)) {
                for (MatchConfidence confidence : MatchConfidence.values()) {
                    Object verdict = DecisionTables.identityEvidence(channel, proven, confidence.name(), "ACCESS,ERASURE")
                            .output();
                    boolean sure = proven && confidence == MatchConfidence.EXACT && !List.of("WEB_FORM", "LETTER").contains(channel);
                    assertThat(verdict).as("%s, proven %s, %s", channel, proven, confidence).isEqualTo(sure ? "SURE"
                            : confidence == MatchConfidence.NONE || confidence == MatchConfidence.WEAK ? "ASK_FOR_MORE"
                            : "VERIFY");
                }
            }
        }
    }

    @Test
    void everyRowIsHitByACase() {
        Set<String> hit = new HashSet<>();
        cases().forEach(c -> {
            Object[] a = c.get();
            hit.addAll(DecisionTables.identityEvidence((String) a[0], a[1], (String) a[2], (String) a[3]).rows());
        });

        assertThat(hit).as("rows of identity-evidence.dmn hit by a case")
                .containsExactlyInAnyOrderElementsOf(DecisionTables.rows(DecisionTables.IDENTITY_EVIDENCE_FILE));
    }
}
