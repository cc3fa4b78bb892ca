package com.privacydesk.fulfilment;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import com.privacydesk.request.ContactNormaliser;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A retried job must never find a half-erased customer: with Spring's transaction proxy (a plain Spring context,
 * no Boot), a failure on the last table rolls back the deletions before it.
 */
class ErasureAtomicityTest {

    @Configuration
    @EnableTransactionManagement
    static class Wiring {
        @Bean
        DataSource dataSource() {
            return EmbeddedPostgresSupport.dataSource();
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource ds) {
            return new DataSourceTransactionManager(ds);
        }

        @Bean
        NamedParameterJdbcTemplate jdbc(DataSource ds) {
            return new NamedParameterJdbcTemplate(ds);
        }

        /** The real map plus, first in line (so erased last), a table that does not exist. */
        @Bean
        DataMap dataMap() {
            return new DataMap(Stream.concat(
                    Stream.of(PersonalDataTable.deleted("missing", "Missing", "missing_table",
                            com.privacydesk.datamap.SubjectLink.customerId("customer_id"))),
                    TestDataMaps.shipped().tables().stream()).toList());
        }

        @Bean
        ContactNormaliser contactNormaliser() {
            return new ContactNormaliser();
        }
    }

    @Test
    void erase_failureOnTheLastTable_rollsBackEverything() {
        try (var context = new AnnotationConfigApplicationContext()) {
            context.register(Wiring.class, RightsExecutor.class);
            context.refresh();
            NamedParameterJdbcTemplate jdbc = context.getBean(NamedParameterJdbcTemplate.class);
            long id = EmbeddedPostgresSupport.customerId(jdbc, "C-100002");
            List<Integer> before = counts(jdbc, id);

            assertThatThrownBy(() -> context.getBean(RightsExecutor.class).erase(id, "DSR-2025-000043", Instant.now()))
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);

            assertThat(counts(jdbc, id)).isEqualTo(before).containsExactly(3, 2, 2, 0);
            assertThat(jdbc.queryForObject("SELECT first_name FROM customer WHERE id = :id", Map.of("id", id), String.class))
                    .isEqualTo("Jan");
        }
    }

    private static List<Integer> counts(NamedParameterJdbcTemplate jdbc, long id) {
        return Stream.of("contact_point", "chat_session", "marketing_consent", "data_change_audit")
                .map(table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE customer_id = :id",
                        Map.of("id", id), Integer.class))
                .toList();
    }
}
