package com.privacydesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner statistics on the permission bits the engine's authorization checks test
 * ({@code A.PERMS_ & 2 = 2} for READ on a task, {@code & 64} for READ_TASK on a definition). Without them it guesses
 * a handful of matching rows where there is one per open task (the engine grants the candidate group each task)
 * and joins every task with every authorization: the agents' task list took 5.4 s at 2,300 open cases, 43 ms with
 * the statistics (BENCHMARKS.md). Runs once the engine has created its tables (Flyway runs before the engine, so a
 * migration cannot do it); idempotent, so every node may run it. Other databases are left alone.
 */
@Component
public class AuthorizationQueryStatistics implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);

    static final String CREATE = "CREATE STATISTICS IF NOT EXISTS desk_authorization_perms"
            + " ON (perms_ & 2), (perms_ & 64) FROM act_ru_authorization";

    private final DataSource dataSource;

    /** The engine is a dependency only so that its tables exist when this runs. */
    public AuthorizationQueryStatistics(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    || connection.getMetaData().getDatabaseMajorVersion() < 14) {
                return;
            }
            statement.execute(CREATE);
            statement.execute("ANALYZE act_ru_authorization");
        } catch (SQLException e) {
            // Only the speed of the task list depends on it: start anyway and say what is missing.
            log.warn("Could not create the planner statistics desk_authorization_perms ({}); the task list will be"
                    + " slow with many open cases", e.getMessage());
        }
    }
}
