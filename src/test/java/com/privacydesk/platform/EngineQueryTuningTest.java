package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The statistics and the index behind the task list's speed (BENCHMARKS.md): with them PostgreSQL estimates the
 * authorizations that grant READ as many as there are, not the 0.5 % it guesses for a bit test, and reads the
 * first page of open tasks by due date without sorting all of them.
 */
class EngineQueryTuningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void permissionBitEstimate_followsTheData_indexExists_andCreatingTwiceIsHarmless() throws Exception {
        DataSource ds = freshDatabase("desk_auth_statistics");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE act_ru_authorization (id_ varchar(64) PRIMARY KEY, type_ integer NOT NULL,"
                + " group_id_ varchar(255), resource_type_ integer NOT NULL, resource_id_ varchar(255), perms_ integer)");
        // As the engine leaves it: one READ+UPDATE grant per open task for the candidate group.
        jdbc.execute("INSERT INTO act_ru_authorization SELECT 'a' || g, 1, 'agents', 7, 'task' || g, 6"
                + " FROM generate_series(1, 5000) g");
        jdbc.execute("ANALYZE act_ru_authorization");
        jdbc.execute("CREATE TABLE act_ru_task (id_ varchar(64) PRIMARY KEY, rev_ integer, due_date_ timestamp)");
        jdbc.execute("CREATE TABLE act_ru_job (id_ varchar(64) PRIMARY KEY, duedate_ timestamp,"
                + " process_instance_id_ varchar(64), lock_owner_ varchar(255))");
        assertThat(estimatedReadGrants(jdbc)).as("without statistics the planner guesses").isLessThan(100);

        EngineQueryTuning statistics = new EngineQueryTuning(ds, null);
        statistics.afterPropertiesSet();
        statistics.afterPropertiesSet();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_statistic_ext WHERE stxname = 'desk_authorization_perms'",
                Integer.class)).isEqualTo(1);
        assertThat(estimatedReadGrants(jdbc)).isGreaterThan(4000);
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = 'desk_idx_task_due_date'",
                String.class)).endsWith("(due_date_, rev_, id_)");
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = 'desk_idx_job_due_date'",
                String.class)).endsWith("(duedate_)");
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = 'desk_idx_job_locked'",
                String.class)).endsWith("(process_instance_id_) WHERE (lock_owner_ IS NOT NULL)");
    }

    /**
     * 20,000 open tasks for the agents, all due the same day (a burst of requests received on one day), in the engine's
     * own PostgreSQL schema. The statement is the one the engine issues for Tasklist's "group tasks by due date"
     * (captured from PostgreSQL's log, parameters as Tasklist sends them).
     */
    @Test
    void firstPageOfTheTaskList_readsAPageOfTasks_notAllOfThem() throws Exception {
        DataSource ds = freshDatabase("desk_task_list_plan");
        JdbcTemplate jdbc = engineSchema(ds);
        jdbc.execute("INSERT INTO act_re_procdef (id_, rev_, key_, version_, deployment_id_, suspension_state_)"
                + " VALUES ('request:1', 1, 'data-subject-request', 1, 'd1', 1)");
        jdbc.execute("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
                + " VALUES ('def', 1, 1, 'agents', 6, 'data-subject-request', 2147483647)");
        jdbc.execute("INSERT INTO act_ru_task (id_, rev_, proc_def_id_, name_, task_def_key_, priority_, create_time_,"
                + " due_date_, suspension_state_, task_state_)"
                + " SELECT 't' || g, 1 + g % 3, 'request:1', 'Prepare answer', 'PrepareAnswer', 50,"
                + " TIMESTAMP '2026-11-23 08:00' + g * INTERVAL '1 second', TIMESTAMP '2026-12-23 23:59:59.999', 1, 'Created'"
                + " FROM generate_series(1, 20000) g");
        jdbc.execute("INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
                + " SELECT 'l' || g, 1, 'agents', 'candidate', 't' || g FROM generate_series(1, 20000) g");
        jdbc.execute("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
                + " SELECT 'a' || g, 1, 1, 'agents', 7, 't' || g, 6 FROM generate_series(1, 20000) g");

        JsonNode plan = tunedPlan(ds, jdbc, GROUP_TASKS_BY_DUE_DATE);
        assertThat(plan.get("Actual Rows").asInt()).isEqualTo(15);
        assertThat(rowsRead(plan, "act_ru_task")).as("open tasks read for the first page").isBetween(15, 200);
    }

    /**
     * 40,000 deadline timers waiting (two per open case) and five jobs due: the job executor's acquisition, as the
     * engine issues it with ensure-job-due-date-not-null (captured from PostgreSQL's log), reads the due jobs only.
     */
    @Test
    void jobAcquisition_readsTheDueJobs_notEveryWaitingTimer() throws Exception {
        DataSource ds = freshDatabase("desk_job_acquisition_plan");
        JdbcTemplate jdbc = engineSchema(ds);
        waitingTimers(jdbc, 40_000);
        jdbc.execute("INSERT INTO act_ru_job (id_, rev_, type_, exclusive_, retries_, process_instance_id_, duedate_,"
                + " handler_type_) SELECT 'async' || g, 1, 'message', true, 3, 'q' || g, TIMESTAMP '2026-11-23 10:00',"
                + " 'async-continuation' FROM generate_series(1, 5) g");

        JsonNode plan = tunedPlan(ds, jdbc, ACQUIRE_JOBS);
        assertThat(plan.get("Actual Rows").asInt()).isEqualTo(5);
        assertThat(rowsRead(plan, "act_ru_job")).as("jobs read by one acquisition").isLessThan(100);
    }

    /**
     * A backlog while requests pour in: 12,000 waiting timers, 500 jobs due and 20 being executed. The acquisition
     * must not look at every job to find the few locked ones its "no other job of this instance in progress" test
     * asks for. Without the locked-jobs index PostgreSQL hashed that test over a scan of the whole table, 1.3 ms
     * per acquisition at 4,000 open cases and growing with them (BENCHMARKS.md).
     */
    @Test
    void jobAcquisition_withABacklog_findsTheJobsInProgress_withoutReadingEveryJob() throws Exception {
        DataSource ds = freshDatabase("desk_job_acquisition_backlog");
        JdbcTemplate jdbc = engineSchema(ds);
        waitingTimers(jdbc, 12_000);
        jdbc.execute("INSERT INTO act_ru_job (id_, rev_, type_, exclusive_, retries_, process_instance_id_, duedate_,"
                + " handler_type_, lock_owner_, lock_exp_time_) SELECT 'async' || g, 1, 'message', true, 3, 'q' || g,"
                + " TIMESTAMP '2026-11-23 11:00' + g * INTERVAL '1 second', 'async-continuation',"
                + " CASE WHEN g <= 20 THEN 'node-1' END, CASE WHEN g <= 20 THEN TIMESTAMP '2026-11-23 12:05' END"
                + " FROM generate_series(1, 500) g");

        JsonNode plan = tunedPlan(ds, jdbc, ACQUIRE_JOBS);
        assertThat(plan.get("Actual Rows").asInt()).isEqualTo(10);
        assertThat(rowsRead(plan, "act_ru_job")).as("jobs read by one acquisition").isLessThan(600);
    }

    /** Deadline timers due over the next month, two per process instance, none of them due now. */
    private static void waitingTimers(JdbcTemplate jdbc, int count) {
        jdbc.update("INSERT INTO act_ru_job (id_, rev_, type_, exclusive_, retries_, process_instance_id_, duedate_,"
                + " handler_type_) SELECT 'timer' || g, 1, 'timer', true, 3, 'p' || (g / 2),"
                + " TIMESTAMP '2026-12-01' + (g % 30) * INTERVAL '1 day', 'timer-transition' FROM generate_series(1, ?) g",
                count);
    }

    static final String ACQUIRE_JOBS = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_"
            + " from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and ( RES.DUEDATE_ <= TIMESTAMP '2026-11-23 12:00' )"
            + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < TIMESTAMP '2026-11-23 12:00')"
            + " and RES.SUSPENSION_STATE_ = 1 and ( ( RES.EXCLUSIVE_ = true and not exists( select J2.ID_ from ACT_RU_JOB J2"
            + " where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
            + " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= TIMESTAMP '2026-11-23 12:00') ) )"
            + " or RES.EXCLUSIVE_ = false ) LIMIT 10 OFFSET 0";

    /** An empty database with the engine's own PostgreSQL tables and indexes. */
    private static JdbcTemplate engineSchema(DataSource ds) {
        new ResourceDatabasePopulator(new ClassPathResource(
                "org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql")).execute(ds);
        return new JdbcTemplate(ds);
    }

    /** The executed plan of {@code sql} once the tuning has run and the planner has seen the data. */
    private static JsonNode tunedPlan(DataSource ds, JdbcTemplate jdbc, String sql) throws Exception {
        new EngineQueryTuning(ds, null).afterPropertiesSet();
        jdbc.execute("ANALYZE");
        return JSON.readTree(jdbc.queryForObject("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, String.class))
                .get(0).get("Plan");
    }

    /** The rows the plan read from {@code table}, wherever in the tree it read them (filtered-out rows too). */
    private static int rowsRead(JsonNode node, String table) {
        int rows = table.equals(node.path("Relation Name").asText()) ? (node.get("Actual Rows").asInt()
                + node.path("Rows Removed by Filter").asInt()) * node.get("Actual Loops").asInt() : 0;
        for (JsonNode child : node.path("Plans")) {
            rows += rowsRead(child, table);
        }
        return rows;
    }

    static final String GROUP_TASKS_BY_DUE_DATE = "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_,"
            + " RES.DESCRIPTION_, RES.PRIORITY_, RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_,"
            + " RES.EXECUTION_ID_, RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,"
            + " RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_,"
            + " RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_"
            + " from ACT_RU_TASK RES"
            + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"
            + " inner join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
            + " inner join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
            + " AND ( A.USER_ID_ in ( 'agent1', '*') OR A.GROUP_ID_ IN ( 'agents' ) )"
            + " AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH"
            + " ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))"
            + " WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( 'agents' ) ) ) )"
            + " and ( (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null )"
            + " order by RES.DUE_DATE_ asc LIMIT 15 OFFSET 0";

    @Test
    void otherDatabases_areLeftAlone() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:auth-statistics;DB_CLOSE_DELAY=-1", "sa", "");
        new EngineQueryTuning(h2, null).afterPropertiesSet();
        assertThat(new JdbcTemplate(h2).queryForObject("SELECT count(*) FROM information_schema.tables"
                + " WHERE lower(table_name) = 'act_ru_authorization'", Integer.class)).isZero();
    }

    private static double estimatedReadGrants(JdbcTemplate jdbc) throws Exception {
        String plan = jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT * FROM act_ru_authorization"
                + " WHERE perms_ & 2 = 2", String.class);
        JsonNode root = JSON.readTree(plan);
        return root.get(0).get("Plan").get("Plan Rows").asDouble();
    }

    private static DataSource freshDatabase(String name) throws SQLException {
        DataSource server = EmbeddedPostgresSupport.dataSource();
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            String url = connection.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
            return new DriverManagerDataSource(url, "postgres", "postgres");
        }
    }
}
