package com.privacydesk.datamap;

import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.privacydesk.datamap.PersonalDataTable.deleted;
import static com.privacydesk.datamap.PersonalDataTable.retained;
import static com.privacydesk.datamap.SubjectLink.customerId;
import static com.privacydesk.datamap.SubjectLink.via;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataMapTest {

    private final DataMap map = new DataMap();

    @Test
    void everyMappedTableAndColumnExistsOnPostgres() {
        NamedParameterJdbcTemplate jdbc = EmbeddedPostgresSupport.jdbc();
        for (PersonalDataTable t : map.tables()) {
            List<String> columns = new ArrayList<>(List.of(t.idColumn(), t.subject().column()));
            t.anonymise().forEach(a -> columns.add(a.column()));
            if (t.restrictionColumn() != null) {
                columns.add(t.restrictionColumn());
            }
            jdbc.queryForList("SELECT " + String.join(", ", columns) + " FROM " + t.table() + " WHERE "
                    + map.subjectCondition(t), Map.of(DataMap.CUSTOMER_ID, -1L));
        }
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
    void retainedTables_nameTheirLegalGround() {
        assertThat(map.source("invoices").erasure()).isEqualTo(ErasurePolicy.RETAIN);
        assertThat(map.source("invoices").legalGround()).isEqualTo("GDPR Art. 17(3)(b): tax retention duty");
    }

    @Test
    void broken_maps_areRefusedNamingTheFault() {
        assertThatThrownBy(() -> retained("invoices", "Invoices", "invoice", customerId("customer_id"), " "))
                .hasMessageContaining("legal ground is required for RETAIN");
        assertThatThrownBy(() -> deleted("tickets", "Tickets", "support_ticket; DROP TABLE customer", customerId("customer_id")))
                .hasMessageContaining("is not a plain lower-case identifier");
        assertThatThrownBy(() -> new DataMap(Stream.concat(
                Stream.of(deleted("lines", "Lines", "order_line", via("order_id", "orders"))),
                DataMap.customerService().stream().filter(t -> !t.source().equals("order_lines"))).toList()))
                .hasMessageContaining("must be declared before it");
        assertThatThrownBy(() -> new DataMap(List.of(deleted("contact_points", "Contact points", "contact_point",
                customerId("customer_id")))))
                .hasMessageContaining("no table records a restriction");
    }
}
