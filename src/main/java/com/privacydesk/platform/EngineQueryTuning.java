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
 * Additions to the engine's PostgreSQL schema that keep the agents' task list and the job executor fast however many
 * cases are open (BENCHMARKS.md). They are made once the engine has created its tables (Flyway runs before the engine, so a
 * migration cannot make them), are idempotent, and every node may run them. Other databases are left alone.
 * <ul>
 * <li>Statistics on the permission bits the engine's authorization check tests ({@code A.PERMS_ & 2 = 2} for READ on
 * a task, {@code & 64} for READ_TASK on a definition). Without them the planner guesses a handful of matching rows
 * where there is one per open task (the engine grants the candidate group each task) and joins every task with
 * every authorization: 5.4 s at 2,300 open cases, 43 ms with them.</li>
 * <li>An index in the order the task list's {@code SELECT DISTINCT … ORDER BY due date} sorts: due date, then the
 * first selected columns up to the unique id. PostgreSQL 16 then reads the tasks in that order and stops at the
 * first page (an incremental sort over single rows), instead of joining and sorting every open task. Cases
 * received on the same day share their due date, so an index on the due date alone still sorted them all.</li>
 * <li>An index on the jobs' due date. With {@code ensure-job-due-date-not-null} (application.yaml) the job
 * executor's acquisition asks only for {@code DUEDATE_ <= now}, and reads the few due jobs through it instead of
 * scanning the two deadline timers of every open case: 0.2 s per acquisition at 100,000 open cases.</li>
 * <li>An index on the jobs being executed. The acquisition passes over an exclusive job while another job of its
 * process instance is locked; PostgreSQL answered that test by scanning every job, 1.3 ms per acquisition at 4,000
 * open cases with a backlog, and more with every case. The index holds only the locked jobs.</li>
 * </ul>
 */
@Component
public class EngineQueryTuning implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EngineQueryTuning.class);

    static final String STATISTICS = "CREATE STATISTICS IF NOT EXISTS desk_authorization_perms"
            + " ON (perms_ & 2), (perms_ & 64) FROM act_ru_authorization";

    /** {@code REV_, ID_} follow {@code DUE_DATE_} because the engine selects them first. */
    static final String DUE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS desk_idx_task_due_date"
            + " ON act_ru_task (due_date_, rev_, id_)";

    static final String JOB_DUE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS desk_idx_job_due_date ON act_ru_job (duedate_)";

    /**
     * The jobs being executed, by process instance: the acquisition skips an exclusive job while another job of its
     * instance is in progress, and without this index PostgreSQL answered that by scanning every job.
     */
    static final String LOCKED_JOBS_INDEX = "CREATE INDEX IF NOT EXISTS desk_idx_job_locked"
            + " ON act_ru_job (process_instance_id_) WHERE lock_owner_ IS NOT NULL";

    /** Serialises nodes starting together: two concurrent CREATE … IF NOT EXISTS can still collide. */
    static final long SCHEMA_LOCK = 0x7461736b5f6c6973L;

    private final DataSource dataSource;

    /** The engine is a dependency only so that its tables exist when this runs. */
    public EngineQueryTuning(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    || connection.getMetaData().getDatabaseMajorVersion() < 14) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                statement.execute(STATISTICS);
                statement.execute(DUE_DATE_INDEX);
                statement.execute(JOB_DUE_DATE_INDEX);
                statement.execute(LOCKED_JOBS_INDEX);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE act_ru_authorization");
            }
        } catch (SQLException e) {
            // Only speed depends on them: start anyway and say what is missing.
            log.warn("Could not create the statistics and indexes of the task list and the job acquisition ({}); both"
                    + " will be slow with many open cases", e.getMessage());
        }
    }
}
