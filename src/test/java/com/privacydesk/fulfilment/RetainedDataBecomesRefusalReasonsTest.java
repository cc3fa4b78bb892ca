package com.privacydesk.fulfilment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.answer.AnswerOutcome;
import com.privacydesk.answer.AnswerOutcomes;
import com.privacydesk.datamap.LocalisedText;
import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.request.Right;
import com.privacydesk.verification.ContactNormaliser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.privacydesk.testsupport.EmbeddedPostgresSupport.customerId;
import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RETAIN in the record of processing → the rows an erasure keeps, with the record's legal ground → the answer
 * outcome the letter is written from (CaseLetters adds LEGAL_RETENTION_DUTY, SendAnswer makes it a partial
 * refusal) → and the recipients to notify (Art. 19) of every affected activity. Also on a retried run.
 */
class RetainedDataBecomesRefusalReasonsTest {

    private static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void erase_retainedTablesCarryTheRecordsLegalGround_intoTheStoredOutcome_onEveryRun() {
        rolledBack(jdbc -> {
            jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, received_at, deadline, created_at)"
                    + " VALUES ('DSR-T-RET', 'EMAIL', 'ERASURE', 'pl', CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP)", Map.of());
            long anna = customerId(jdbc, "C-100001");
            RightsExecutor executor = new RightsExecutor(jdbc, TestDataMaps.shipped(), new ContactNormaliser());
            AnswerOutcomes outcomes = new AnswerOutcomes(jdbc.getJdbcTemplate(), new ObjectMapper());

            for (int run = 1; run <= 2; run++) {
                ErasureResult result = executor.erase(anna, "DSR-T-RET", AT);
                // What CarryOutDecisionDelegate stores.
                List<AnswerOutcome.RetainedData> retained = new ArrayList<>();
                result.retained().forEach(kept -> retained.add(new AnswerOutcome.RetainedData(kept.source(),
                        kept.category(), kept.rows(), kept.legalGround())));
                outcomes.save("DSR-T-RET", 1, new AnswerOutcome(List.of(Right.ERASURE), Map.of(), retained, List.of(),
                        0, false), AT);

                AnswerOutcome stored = outcomes.find("DSR-T-RET", 1).orElseThrow();
                assertThat(stored.retained()).extracting(AnswerOutcome.RetainedData::legalGround).containsExactly(
                        TestDataMaps.shipped().source("order_lines").legalGround().en(),
                        TestDataMaps.shipped().source("invoices").legalGround().en());
                assertThat(stored.retained()).extracting(AnswerOutcome.RetainedData::category)
                        .containsExactly("Ordered products", "Invoices");
                Set<String> affected = new LinkedHashSet<>(result.deleted().keySet());
                affected.addAll(result.anonymised().keySet());
                retained.forEach(kept -> affected.add(kept.source()));
                if (run == 1) {
                    assertThat(TestDataMaps.record().recipientsOf(affected)).extracting(LocalisedText::en)
                            .contains("Tax authorities (on request)",
                            "Parcel carriers (independent controllers)", "Mail provider (processor)",
                            "Telephony provider (processor)");
                }
            }
        });
    }
}
