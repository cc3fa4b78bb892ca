package com.privacydesk.datamap;

import com.privacydesk.fulfilment.ErasureResult;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.lookup.DataFound;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.request.Channel;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import com.privacydesk.verification.ContactNormaliser;
import com.privacydesk.verification.MatchConfidence;
import com.privacydesk.verification.RequesterDetails;
import com.privacydesk.verification.RequesterMatcher;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev profile runs on H2: the same migrations, demo data and SQL must work there too. */
class CustomerServiceOnH2Test {

    private static DataSource h2;

    @BeforeAll
    static void migrate() {
        h2 = new DriverManagerDataSource("jdbc:h2:mem:customer-service-h2;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).locations(EmbeddedPostgresSupport.LOCATIONS).load().migrate();
    }

    @Test
    void migrationsAndDemoData_runOnH2() {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(h2);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Map.of(), Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_point", Map.of(), Integer.class)).isEqualTo(60);
    }

    @Test
    void matchCollectAndErase_behaveAsOnPostgres() {
        EmbeddedPostgresSupport.rolledBack(h2, jdbc -> {
            long id = EmbeddedPostgresSupport.customerId(jdbc, "C-100001");
            var match = new RequesterMatcher(jdbc, "PL").match(
                    new RequesterDetails(null, null, "0048 601 234 567", null), Channel.PHONE,
                    com.privacydesk.request.ChannelProof.staff("+48601234567", "agent1"));
            PersonalDataCollector collector = new PersonalDataCollector(jdbc, TestDataMaps.shipped());
            RightsExecutor executor = new RightsExecutor(jdbc, TestDataMaps.shipped(), new ContactNormaliser());

            assertThat(match.confidence()).isEqualTo(MatchConfidence.EXACT);
            assertThat(match.contactProven()).isTrue();
            assertThat(match.customerId()).isEqualTo(id);
            assertThat(collector.collect(id)).extracting(DataFound::rows).containsExactly(1, 2, 3, 5, 2, 1, 1, 1, 2);
            assertThat(collector.rows(id).get(0).values().get("created_at")).isEqualTo(Instant.parse("2019-05-02T07:12:00Z"));

            ErasureResult first = executor.erase(id, "DSR-H2-1", Instant.parse("2025-03-10T09:00:00Z"));
            ErasureResult second = executor.erase(id, "DSR-H2-1", Instant.parse("2025-03-11T09:00:00Z"));

            assertThat(first.anonymised()).isEqualTo(Map.of("customer", 1, "orders", 3));
            assertThat(first.retained()).extracting(ErasureResult.Retained::source).containsExactly("order_lines", "invoices");
            assertThat(second.deleted()).isEmpty();
            assertThat(second.anonymised()).isEmpty();
            assertThat(executor.stopMarketing(id, "DSR-H2-1", Instant.now())).isZero();
        });
    }
}
