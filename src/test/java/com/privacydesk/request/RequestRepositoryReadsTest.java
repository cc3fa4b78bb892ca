package com.privacydesk.request;

import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A case is read from the table once per transaction, and every write through the repository is seen after it. */
class RequestRepositoryReadsTest {

    static final String CASE = "DSR-T-READS";

    final DataSource ds = EmbeddedPostgresSupport.dataSource();
    final JdbcTemplate jdbc = new JdbcTemplate(ds);
    final RequestRepository requests = new RequestRepository(jdbc);
    final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(ds));

    @BeforeEach
    void fileRequest() {
        jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, requester_name, received_at,"
                + " deadline, created_at) VALUES (?, 'EMAIL', 'ACCESS', 'en', 'Anna', CURRENT_TIMESTAMP, CURRENT_DATE,"
                + " CURRENT_TIMESTAMP)", CASE);
    }

    @AfterEach
    void removeRequest() {
        jdbc.update("DELETE FROM dsr_request WHERE case_number = ?", CASE);
    }

    /** Changes the row behind the repository's back: only a fresh read from the table shows it. */
    void renameInTable(String name) {
        jdbc.update("UPDATE dsr_request SET requester_name = ? WHERE case_number = ?", name, CASE);
    }

    String name() {
        return requests.get(CASE).requester().name();
    }

    @Test
    void withinTransaction_secondReadIsTheFirstRow_untilTheRepositoryWrites() {
        transaction.executeWithoutResult(status -> {
            assertThat(name()).isEqualTo("Anna");
            renameInTable("Berta");
            assertThat(name()).as("read once per transaction").isEqualTo("Anna");

            requests.recordAnswer(CASE, "FULFIL", java.time.Instant.now());
            assertThat(name()).as("a write drops the row").isEqualTo("Berta");
            assertThat(requests.get(CASE).decision()).isEqualTo("FULFIL");
        });
        transaction.executeWithoutResult(status -> {
            renameInTable("Clara");
            assertThat(name()).as("the next transaction reads again").isEqualTo("Clara");
        });
    }

    @Test
    void outsideTransaction_everyReadGoesToTheTable() {
        assertThat(name()).isEqualTo("Anna");
        renameInTable("Berta");
        assertThat(name()).isEqualTo("Berta");
    }

    @Test
    void nestedTransaction_readsForItself_andTheOuterReadsAgainAfterIt() {
        TransactionTemplate separately = new TransactionTemplate(new DataSourceTransactionManager(ds));
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.executeWithoutResult(status -> {
            assertThat(name()).isEqualTo("Anna");
            separately.executeWithoutResult(inner -> {
                renameInTable("Berta");
                assertThat(name()).isEqualTo("Berta");
                requests.takeOver(CASE, "agent1");
            });
            assertThat(requests.get(CASE).handler()).as("committed by the nested transaction").isEqualTo("agent1");
            assertThat(name()).isEqualTo("Berta");
        });
    }

    @Test
    void rolledBackTransaction_leavesNothingBehind() {
        transaction.executeWithoutResult(status -> {
            assertThat(name()).isEqualTo("Anna");
            status.setRollbackOnly();
        });
        renameInTable("Berta");
        transaction.executeWithoutResult(status -> assertThat(name()).isEqualTo("Berta"));
        assertThat(jdbc.queryForList("SELECT requester_name FROM dsr_request WHERE case_number = ?", CASE))
                .containsExactly(Map.of("requester_name", "Berta"));
    }
}
