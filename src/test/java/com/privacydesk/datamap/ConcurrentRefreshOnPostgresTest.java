package com.privacydesk.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of a cluster start at once and both load the record of processing into the rop_* tables: on
 * PostgreSQL the second waits on the first's advisory lock, then replaces its rows; neither start-up fails, and
 * the tables hold every row exactly once.
 */
class ConcurrentRefreshOnPostgresTest {

    private final DataSource dataSource = EmbeddedPostgresSupport.dataSource();
    private final NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    private RecordOfProcessingStore node() {
        return new RecordOfProcessingStore(new NamedParameterJdbcTemplate(dataSource), TestDataMaps.record(),
                TestDataMaps.shipped(), Clock.systemUTC());
    }

    @AfterEach
    void emptyTheRecordTables() {
        // The rop_* tables are loaded by the application only; other tests on this database expect them empty.
        nodes.shutdownNow();
        transaction.executeWithoutResult(s -> RecordOfProcessingStore.TABLES
                .forEach(table -> jdbc.getJdbcTemplate().update("DELETE FROM " + table)));
    }

    @Test
    void twoNodesRefreshingAtOnce_theSecondWaitsForTheFirst_noRowMissingOrTwice() throws Exception {
        CountDownLatch firstLoaded = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        Future<?> first = nodes.submit(() -> transaction.executeWithoutResult(s -> {
            node().refresh();
            firstLoaded.countDown();
            awaitQuietly(firstMayCommit);
        }));
        assertThat(firstLoaded.await(30, TimeUnit.SECONDS)).isTrue();

        Future<?> second = nodes.submit(() -> transaction.executeWithoutResult(s -> node().refresh()));

        // The second node's refresh waits on the advisory lock while the first has not committed.
        assertThat(waitForAdvisoryLockWaiter()).as("a session waiting on the refresh lock").isTrue();
        assertThat(second.isDone()).isFalse();
        firstMayCommit.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        List<Integer> afterBoth = counts();
        transaction.executeWithoutResult(s -> node().refresh());
        assertThat(counts()).as("the same rows as one refresh alone").isEqualTo(afterBoth);
        assertThat(afterBoth.get(RecordOfProcessingStore.TABLES.indexOf("rop_activity")))
                .isEqualTo(TestDataMaps.record().activities().size());
        assertThat(afterBoth.get(RecordOfProcessingStore.TABLES.indexOf("rop_table")))
                .isEqualTo(TestDataMaps.shipped().tables().size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rop_text WHERE owner_kind = 'ACTIVITY' AND field = 'purpose'",
                Map.of(), Integer.class)).isEqualTo(TestDataMaps.record().activities().size()
                * com.privacydesk.request.Language.values().length);
    }

    private boolean waitForAdvisoryLockWaiter() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND wait_event = 'advisory'", Map.of(), Integer.class);
            if (waiting != null && waiting > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private List<Integer> counts() {
        // The table names are the store's constants.
        return RecordOfProcessingStore.TABLES.stream()
                .map(t -> jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the first node commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
