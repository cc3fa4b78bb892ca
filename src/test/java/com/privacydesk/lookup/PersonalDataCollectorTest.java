package com.privacydesk.lookup;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCollectorTest {

    private final NamedParameterJdbcTemplate jdbc = EmbeddedPostgresSupport.jdbc();
    private final PersonalDataCollector collector = new PersonalDataCollector(jdbc, TestDataMaps.shipped());

    @Test
    void collect_annaKowalska_everyTableWithRowsInDataMapOrder() {
        List<DataFound> found = collector.collect(EmbeddedPostgresSupport.customerId(jdbc, "C-100001"));

        assertThat(found).containsExactly(
                new DataFound("customer", "Customer record", 1),
                new DataFound("contact_points", "Contact points (e-mail addresses, phone numbers)", 2),
                new DataFound("orders", "Order history", 3),
                new DataFound("order_lines", "Ordered products", 5),
                new DataFound("invoices", "Invoices", 2),
                new DataFound("support_tickets", "Support tickets", 1),
                new DataFound("chat_sessions", "Chat sessions (with IP address)", 1),
                new DataFound("call_recordings", "Call recordings", 1),
                new DataFound("marketing_consents", "Marketing consents", 2));
    }

    @Test
    void summary_categoriesAndCountsOnly() {
        String summary = collector.summary(collector.collect(EmbeddedPostgresSupport.customerId(jdbc, "C-100001")));

        assertThat(summary).isEqualTo("Customer record: 1 · Contact points (e-mail addresses, phone numbers): 2"
                + " · Order history: 3 · Ordered products: 5 · Invoices: 2 · Support tickets: 1"
                + " · Chat sessions (with IP address): 1 · Call recordings: 1 · Marketing consents: 2");
        assertThat(summary).doesNotContain("Kowalska", "192.0.2", "example.pl");
    }

    @Test
    void summary_inTheStaffLanguage_categoriesFromTheDataMap() {
        List<DataFound> found = collector.collect(EmbeddedPostgresSupport.customerId(jdbc, "C-100001"));

        assertThat(collector.summary(found, staff(StaffLanguage.PL)))
                .startsWith("Dane konta klienta: 1 · ").contains(" · Historia zamówień: 3 · ");
        assertThat(collector.summary(found, staff(StaffLanguage.DE))).contains("Bestellhistorie: 3");
        // French categories from the data map, with French punctuation.
        assertThat(collector.summary(found, staff(StaffLanguage.FR))).startsWith("Données du compte client : 1 · ")
                .contains(" · Historique des commandes : 3 · ");
        assertThat(collector.summary(List.of(), staff(StaffLanguage.NL))).isEqualTo("Geen gegevens bewaard.");
    }

    @Test
    void collect_customerWithoutOrders_leavesEmptyTablesOut() {
        List<DataFound> found = collector.collect(EmbeddedPostgresSupport.customerId(jdbc, "C-100005"));

        assertThat(found).extracting(DataFound::source).containsExactly("customer", "contact_points", "support_tickets",
                "chat_sessions", "call_recordings", "marketing_consents");
    }

    @Test
    void collect_unknownCustomer_nothingHeld() {
        List<DataFound> found = collector.collect(-42);

        assertThat(found).isEmpty();
        assertThat(collector.summary(found)).isEqualTo("No data held.");
    }

    @Test
    void rows_annaKowalska_valuesForTheAccessAnswer() {
        List<DataRecord> rows = collector.rows(EmbeddedPostgresSupport.customerId(jdbc, "C-100001"));

        assertThat(rows).hasSize(18);
        DataRecord customer = rows.get(0);
        assertThat(customer.source()).isEqualTo("customer");
        assertThat(customer.values()).containsEntry("email", "anna.kowalska@example.pl")
                .containsEntry("birth_date", LocalDate.of(1986, 3, 14))
                .containsEntry("created_at", Instant.parse("2019-05-02T07:12:00Z"));
        assertThat(rows).filteredOn(r -> r.source().equals("chat_sessions")).singleElement()
                .satisfies(r -> assertThat(r.values()).containsEntry("visitor_ip", "192.0.2.15")
                        .containsKey("user_agent"));
        assertThat(rows).filteredOn(r -> r.source().equals("invoices"))
                .extracting(r -> r.values().get("gross_amount"))
                .containsExactly(new BigDecimal("308.98"), new BigDecimal("89.99"));
        assertThat(rows).filteredOn(r -> r.source().equals("order_lines")).hasSize(5)
                .allSatisfy(r -> assertThat(r.category()).isEqualTo("Ordered products"));
    }

    private static StaffTexts staff(StaffLanguage language) {
        return new StaffTexts(new StaffLanguageProperties(language));
    }
}
