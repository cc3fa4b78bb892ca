package com.privacydesk.fulfilment;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.lookup.DataFound;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.request.Channel;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import com.privacydesk.verification.ContactNormaliser;
import com.privacydesk.verification.MatchConfidence;
import com.privacydesk.verification.RequesterDetails;
import com.privacydesk.verification.RequesterMatcher;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.privacydesk.testsupport.EmbeddedPostgresSupport.customerId;
import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every test changes demo data inside a transaction that is rolled back, so the tests do not see each other. */
class RightsExecutorTest {

    private static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2025-03-11T09:00:00Z");
    private static final String CASE = "DSR-2025-000042";

    private static RightsExecutor executor(NamedParameterJdbcTemplate jdbc) {
        return new RightsExecutor(jdbc, TestDataMaps.shipped(), new ContactNormaliser());
    }

    private static int auditRows(NamedParameterJdbcTemplate jdbc, long customerId, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM data_change_audit WHERE customer_id = :id AND change_kind = :kind"
                + " AND case_number = :case", Map.of("id", customerId, "kind", kind, "case", CASE), Integer.class);
    }

    private static List<String> numbers(NamedParameterJdbcTemplate jdbc, List<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.queryForList("SELECT customer_number FROM customer WHERE id IN (:ids)"
                + " ORDER BY customer_number", new MapSqlParameterSource("ids", ids), String.class);
    }

    @Test
    void erase_customerWithoutInvoices_everythingDeletedOrAnonymised_nothingRetained() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100005");

            ErasureResult result = executor(jdbc).erase(id, CASE, AT);

            assertThat(result.deleted()).isEqualTo(Map.of("contact_points", 2, "support_tickets", 1, "chat_sessions", 1,
                    "call_recordings", 1, "marketing_consents", 1));
            assertThat(result.anonymised()).isEqualTo(Map.of("customer", 1));
            assertThat(result.retained()).isEmpty();
            assertThat(result.complete()).isTrue();
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM customer WHERE id = :id", Map.of("id", id));
            assertThat(row).containsEntry("first_name", "Anonymised").containsEntry("last_name", "Anonymised")
                    .containsEntry("email", null).containsEntry("phone", null).containsEntry("street", null)
                    .containsEntry("birth_date", null).containsEntry("customer_number", "C-100005");
            assertThat(((java.sql.Timestamp) row.get("anonymised_at")).toInstant()).isEqualTo(AT);
            assertThat(auditRows(jdbc, id, "ERASURE_DELETE")).isEqualTo(6);
            assertThat(auditRows(jdbc, id, "ERASURE_ANONYMISE")).isEqualTo(9);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_change_audit WHERE customer_id = :id"
                    + " AND (old_value IS NOT NULL OR new_value IS NOT NULL)", Map.of("id", id), Integer.class)).isZero();
        });
    }

    @Test
    void erase_customerWithInvoices_invoicesRetainedWithLegalGround_ordersDepersonalised() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100001");

            ErasureResult result = executor(jdbc).erase(id, CASE, AT);

            assertThat(result.deleted()).isEqualTo(Map.of("contact_points", 2, "support_tickets", 1, "chat_sessions", 1,
                    "call_recordings", 1, "marketing_consents", 2));
            assertThat(result.anonymised()).isEqualTo(Map.of("customer", 1, "orders", 3));
            assertThat(result.deleted().keySet()).containsExactly("contact_points", "support_tickets", "chat_sessions",
                    "call_recordings", "marketing_consents");
            assertThat(result.retained()).containsExactly(
                    new ErasureResult.Retained("order_lines", "Ordered products", 5,
                            "GDPR Art. 17(3)(b): tax retention duty (invoiced goods and prices)"),
                    new ErasureResult.Retained("invoices", "Invoices", 2, "GDPR Art. 17(3)(b): tax retention duty"));
            assertThat(jdbc.queryForList("SELECT billing_name FROM invoice WHERE customer_id = :id", Map.of("id", id), String.class))
                    .containsExactly("Anna Kowalska", "Anna Kowalska");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE customer_id = :id"
                    + " AND delivery_name IS NULL AND delivery_street IS NULL AND delivery_city IS NULL", Map.of("id", id), Integer.class))
                    .isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chat_session WHERE visitor_ip = '192.0.2.15'",
                    Map.of(), Integer.class)).isZero();
            assertThat(auditRows(jdbc, id, "ERASURE_RETAIN")).isEqualTo(2);
            List<DataFound> left = new PersonalDataCollector(jdbc, TestDataMaps.shipped()).collect(id);
            // In the record's order: the audit of changes belongs to the customer account.
            assertThat(left).extracting(DataFound::source)
                    .containsExactly("customer", "data_changes", "orders", "order_lines", "invoices");
        });
    }

    @Test
    void erase_twice_secondRunChangesNothing() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100001");
            RightsExecutor executor = executor(jdbc);
            ErasureResult first = executor.erase(id, CASE, AT);
            int auditAfterFirst = jdbc.queryForObject("SELECT COUNT(*) FROM data_change_audit", Map.of(), Integer.class);

            ErasureResult second = executor.erase(id, CASE, LATER);

            assertThat(second.deleted()).isEmpty();
            assertThat(second.anonymised()).isEmpty();
            assertThat(second.retained()).isEqualTo(first.retained());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_change_audit", Map.of(), Integer.class))
                    .isEqualTo(auditAfterFirst);
            assertThat(jdbc.queryForObject("SELECT anonymised_at FROM customer WHERE id = :id", Map.of("id", id),
                    java.sql.Timestamp.class).toInstant()).isEqualTo(AT);
        });
    }

    @Test
    void erase_erasedCustomerIsNoLongerFoundByTheirAddress() {
        rolledBack(jdbc -> {
            executor(jdbc).erase(customerId(jdbc, "C-100003"), CASE, AT);

            var match = new RequesterMatcher(jdbc, "PL").match(
                    new RequesterDetails(null, "lukas.schmidt@example.de", "+4915112345678", "C-100003"), Channel.EMAIL);

            assertThat(match.confidence()).isEqualTo(MatchConfidence.NONE);
        });
    }

    @Test
    void erase_afterRectification_clearsTheOldAndNewValuesFromTheAudit() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100003");
            RightsExecutor executor = executor(jdbc);
            executor.rectify(id, new Correction("Lukas Schmitt", null, null, null, null, null), CASE, AT);

            executor.erase(id, CASE, LATER);

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_change_audit WHERE customer_id = :id"
                    + " AND (old_value LIKE '%Schmi%' OR new_value LIKE '%Schmi%')", Map.of("id", id), Integer.class)).isZero();
            assertThat(auditRows(jdbc, id, "RECTIFICATION")).isEqualTo(1);
        });
    }

    @Test
    void erase_unknownCustomer_failsNamingCaseAndIdOnly() {
        rolledBack(jdbc -> assertThatThrownBy(() -> executor(jdbc).erase(-7, CASE, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case DSR-2025-000042: no customer with id -7"));
    }

    @Test
    void marketingAudience_demoData_skipsRestrictedAnonymisedAndWithdrawn() {
        rolledBack(jdbc -> {
            RightsExecutor executor = executor(jdbc);

            assertThat(numbers(jdbc, executor.marketingAudience("EMAIL"))).containsExactly("C-100001", "C-100002",
                    "C-100004", "C-100005", "C-100006", "C-100014", "C-100017", "C-100023");
            assertThat(numbers(jdbc, executor.marketingAudience("PHONE"))).containsExactly("C-100004", "C-100019");
            assertThatThrownBy(() -> executor.marketingAudience("FAX")).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void restrict_customerLeavesEveryMarketingAudience_once() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100004");
            RightsExecutor executor = executor(jdbc);
            assertThat(executor.marketingAudience("EMAIL")).contains(id);

            executor.restrict(id, CASE, AT);
            int marked = auditRows(jdbc, id, "RESTRICTION");
            executor.restrict(id, CASE, LATER);

            assertThat(executor.marketingAudience("EMAIL")).doesNotContain(id);
            assertThat(executor.marketingAudience("PHONE")).doesNotContain(id);
            assertThat(jdbc.queryForObject("SELECT restricted_at FROM customer WHERE id = :id", Map.of("id", id),
                    java.sql.Timestamp.class).toInstant()).isEqualTo(AT);
            // Every source holding the customer's data is marked, each row once: the second run marks none.
            assertThat(marked).isGreaterThan(1);
            assertThat(auditRows(jdbc, id, "RESTRICTION")).isEqualTo(marked);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE customer_id = :id"
                    + " AND restricted_at IS NULL", Map.of("id", id), Integer.class)).isZero();
            // Restriction stores, it does not erase: the consents are still there.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM marketing_consent WHERE customer_id = :id"
                    + " AND withdrawn_at IS NULL", Map.of("id", id), Integer.class)).isEqualTo(2);
        });
    }

    @Test
    void stopMarketing_withdrawsCurrentConsents_secondRunWithdrawsNone() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100002");
            RightsExecutor executor = executor(jdbc);

            int first = executor.stopMarketing(id, CASE, AT);
            int second = executor.stopMarketing(id, CASE, LATER);

            assertThat(first).isEqualTo(2);
            assertThat(second).isZero();
            assertThat(executor.marketingAudience("EMAIL")).doesNotContain(id);
            assertThat(executor.marketingAudience("SMS")).doesNotContain(id);
            assertThat(jdbc.queryForList("SELECT withdrawn_at FROM marketing_consent WHERE customer_id = :id",
                    Map.of("id", id), java.sql.Timestamp.class)).extracting(java.sql.Timestamp::toInstant).containsOnly(AT);
            assertThat(auditRows(jdbc, id, "MARKETING_STOP")).isEqualTo(2);
        });
    }

    @Test
    void stopMarketing_earlierWithdrawalKeepsItsTime() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100001");

            int withdrawn = executor(jdbc).stopMarketing(id, CASE, AT);

            assertThat(withdrawn).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT withdrawn_at FROM marketing_consent WHERE customer_id = :id AND channel = 'SMS'",
                    Map.of("id", id), java.sql.Timestamp.class).toInstant()).isEqualTo(Instant.parse("2022-01-10T07:00:00Z"));
        });
    }

    @Test
    void rectify_nameEmailPhone_normalisedAuditedAndContactPointsUpdated() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100003");
            Correction correction = new Correction("Lukas Schmitt", " Lukas.Schmitt@Example.DE ", "0049 151 1234 5679",
                    " ", null, "Berlin");

            RectificationResult result = executor(jdbc).rectify(id, correction, CASE, AT);

            assertThat(result.changedColumns()).containsExactly("last_name", "email", "phone");
            assertThat(jdbc.queryForMap("SELECT first_name, last_name, email, phone, street, city FROM customer WHERE id = :id",
                    Map.of("id", id))).containsEntry("first_name", "Lukas").containsEntry("last_name", "Schmitt")
                    .containsEntry("email", "lukas.schmitt@example.de").containsEntry("phone", "+4915112345679")
                    .containsEntry("street", "Bergmannstraße 5").containsEntry("city", "Berlin");
            assertThat(jdbc.queryForList("SELECT kind || '=' || contact_value || '/' || verified FROM contact_point"
                    + " WHERE customer_id = :id ORDER BY kind", Map.of("id", id), String.class))
                    .containsExactly("EMAIL=lukas.schmitt@example.de/false", "PHONE=+4915112345679/false");
            assertThat(jdbc.queryForList("SELECT table_name || '.' || column_name || ': ' || old_value || ' -> ' || new_value"
                    + " FROM data_change_audit WHERE customer_id = :id AND change_kind = 'RECTIFICATION' ORDER BY id",
                    Map.of("id", id), String.class)).containsExactly(
                    "customer.last_name: Schmidt -> Schmitt",
                    "customer.email: lukas.schmidt@example.de -> lukas.schmitt@example.de",
                    "contact_point.contact_value: lukas.schmidt@example.de -> lukas.schmitt@example.de",
                    "customer.phone: +4915112345678 -> +4915112345679",
                    "contact_point.contact_value: +4915112345678 -> +4915112345679");
            // The new address is not yet proven to be the customer's: it identifies, but not for sure.
            var match = new RequesterMatcher(jdbc, "PL").match(
                    new RequesterDetails(null, "lukas.schmitt@example.de", null, null), Channel.EMAIL);
            assertThat(match.confidence()).isEqualTo(MatchConfidence.EXACT);
            assertThat(match.contactProven()).isFalse();
            assertThat(match.customerNumber()).isEqualTo("C-100003");
        });
    }

    @Test
    void rectify_twice_secondRunChangesNothing() {
        rolledBack(jdbc -> {
            long id = customerId(jdbc, "C-100004");
            Correction correction = new Correction(null, null, null, "Meir 46", "2000", null);
            RightsExecutor executor = executor(jdbc);

            RectificationResult first = executor.rectify(id, correction, CASE, AT);
            RectificationResult second = executor.rectify(id, correction, CASE, LATER);

            assertThat(first.changedColumns()).containsExactly("street");
            assertThat(second.changedColumns()).isEmpty();
            assertThat(auditRows(jdbc, id, "RECTIFICATION")).isEqualTo(1);
        });
    }

    @Test
    void rectify_invalidPhone_refusedWithoutRepeatingTheValue() {
        rolledBack(jdbc -> assertThatThrownBy(() -> executor(jdbc).rectify(customerId(jdbc, "C-100004"),
                new Correction(null, null, "12", null, null, null), CASE, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case DSR-2025-000042: corrected phone is not a phone number"));
    }

    @Test
    void rectify_anonymisedCustomer_refused() {
        rolledBack(jdbc -> assertThatThrownBy(() -> executor(jdbc).rectify(customerId(jdbc, "C-100030"),
                new Correction("Maria Keller", null, null, null, null, null), CASE, AT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("Keller"));
    }
}
