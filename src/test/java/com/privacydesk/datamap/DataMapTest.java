package com.privacydesk.datamap;

import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data map as the record of processing (record-of-processing.yaml) declares it, checked against PostgreSQL. */
class DataMapTest {

    static final String SHIPPED = read();

    private final DataMap map = TestDataMaps.shipped();

    private static String read() {
        try (var in = DataMapTest.class.getResourceAsStream("/record-of-processing.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped record with one text replaced: a broken variant, as a person might edit it. */
    static RecordOfProcessing edited(String from, String to) {
        assertThat(SHIPPED).contains(from);
        return RecordOfProcessingLoader.load(new ByteArrayResource(SHIPPED.replace(from, to).getBytes(StandardCharsets.UTF_8),
                "edited record-of-processing.yaml"));
    }

    @Test
    void shippedRecord_buildsTheMapInFileOrder_andMatchesThePostgresSchema() {
        assertThat(map.tables()).extracting(PersonalDataTable::source).containsExactly("customer", "contact_points",
                "data_changes", "orders", "order_lines", "invoices", "support_tickets", "chat_sessions", "call_recordings",
                "marketing_consents");
        assertThat(map.source("order_lines").activity()).isEqualTo("orders-and-delivery");
        assertThat(TestDataMaps.record().concerning(List.of("order_lines"))).extracting(ProcessingActivity::id)
                .containsExactly("orders-and-delivery", "invoicing");

        DataMapSchemaCheck.verify(map, EmbeddedPostgresSupport.dataSource());
    }

    @Test
    void everyTableWithACustomerIdIsMapped_soNoNewTableEscapesLookupAndErasure() {
        List<String> withCustomerId = EmbeddedPostgresSupport.jdbc().queryForList("SELECT table_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND column_name = 'customer_id' ORDER BY table_name", Map.of(), String.class);

        assertThat(map.tables().stream().map(PersonalDataTable::table)).containsAll(withCustomerId);
        assertThat(withCustomerId).hasSize(8);
    }

    @Test
    void subjectCondition_childReachesTheSubjectThroughItsParent() {
        assertThat(map.subjectCondition(map.source("order_lines")))
                .isEqualTo("order_id IN (SELECT id FROM customer_order WHERE customer_id = :customerId)");
        assertThat(map.subjectCondition(map.source("customer"))).isEqualTo("id = :customerId");
    }

    @Test
    void erasurePolicies_comeFromTheRecord() {
        assertThat(map.source("invoices").erasure()).isEqualTo(ErasurePolicy.RETAIN);
        assertThat(map.source("invoices").legalGround()).isEqualTo("GDPR Art. 17(3)(b): tax retention duty");
        assertThat(map.source("customer").anonymise()).extracting(Anonymisation::replacement).startsWith(
                Anonymisation.Replacement.TEXT, Anonymisation.Replacement.TEXT, Anonymisation.Replacement.NULL)
                .endsWith(Anonymisation.Replacement.ERASURE_TIME);
        assertThat(map.source("customer").restrictionColumn()).isEqualTo("restricted_at");
        assertThat(map.source("invoices").providedBySubject()).isFalse();
        assertThat(TestDataMaps.record().manualSources()).extracting(ManualSource::ownerGroup).contains("agents", "managers");
    }

    @Test
    void brokenRecords_areRefusedNamingActivityTableAndColumn() {
        assertThatThrownBy(() -> DataMap.from(edited("legal-ground: \"GDPR Art. 17(3)(b): tax retention duty\"", "legal-ground: \" \"")))
                .hasMessageContaining("activity invoicing, storage invoices (table invoice)")
                .hasMessageContaining("legal ground is required for RETAIN");
        assertThatThrownBy(() -> DataMap.from(edited("table: support_ticket", "table: support_ticket; DROP TABLE customer")))
                .hasMessageContaining("activity customer-service, storage support_tickets")
                .hasMessageContaining("is not a plain lower-case identifier");
        assertThatThrownBy(() -> DataMap.from(edited("via: {column: order_id, parent: orders}", "via: {column: order_id, parent: invoices}")))
                .hasMessageContaining("activity orders-and-delivery")
                .hasMessageContaining("leads to the subject through invoices, which must be declared before it");
        assertThatThrownBy(() -> DataMap.from(edited("          - source: order_lines\n      - id: customer-service",
                "          - source: order_line\n      - id: customer-service")))
                .hasMessageContaining("activity invoicing, storage order_line: no activity defines this source");
        assertThatThrownBy(() -> DataMap.from(edited("            restriction-column: restricted_at\n", "")))
                .hasMessageContaining("no table records a restriction");
        assertThatThrownBy(() -> edited("legal-basis: \"Art. 6(1)(a) GDPR: your consent\"", "legal-basis: \"consent\""))
                .hasMessageContaining("activities[4].legalBasis must cite Art. 6(1)(a) to (f)");
        assertThatThrownBy(() -> edited("        kind: PAPER_FILE\n", ""))
                .hasMessageContaining("manualSources[2].kind");
    }

    @Test
    void schemaCheck_namesTheMissingTableAndColumn() {
        DataMap typo = DataMap.from(edited("columns: [started_at, ended_at, visitor_ip,", "columns: [started_at, ended_at, visitor_ipp,"));
        assertThatThrownBy(() -> DataMapSchemaCheck.verify(typo, EmbeddedPostgresSupport.dataSource()))
                .hasMessageContaining("activity customer-service, storage chat_sessions: column chat_session.visitor_ipp does not exist");

        DataMap missing = DataMap.from(edited("table: call_recording", "table: call_recordings"));
        assertThatThrownBy(() -> DataMapSchemaCheck.verify(missing, EmbeddedPostgresSupport.dataSource()))
                .hasMessageContaining("storage call_recordings: table call_recordings does not exist");
    }
}
