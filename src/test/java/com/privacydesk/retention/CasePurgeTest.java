package com.privacydesk.retention;

import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.TestCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A closed case's personal data is purged after the retention period by the nightly timer, not before. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CasePurgeTest {

    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired TestCustomers customers;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void closedCase_keptForThreeYears_thenPurgedByTheNightlyJob() {
        Instant start = Instant.parse("2026-02-02T09:00:00Z");
        setClock(start);
        String closed = closedCase();
        setClock(start.plus(Duration.ofDays(400)));
        String closedLater = closedCase();

        setClock(start.plus(Duration.ofDays(3 * 365)));
        runNightlyPurge();
        assertThat(requests.find(closed)).as("within three years of closing").isPresent();

        setClock(start.plus(Duration.ofDays(3 * 365 + 30)));
        runNightlyPurge();
        assertThat(requests.find(closed)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM correspondence WHERE case_number = ?", Integer.class,
                closed)).isZero();
        assertThat(requests.find(closedLater)).as("closed 400 days later: not yet due").isPresent();
    }

    @Test
    void cancelledCase_andItsAudit_andOldDroppedCalls_arePurgedToo() {
        Instant start = Instant.parse("2026-02-02T09:00:00Z");
        setClock(start);
        TestCustomers.Customer customer = customers.create();
        String cancelled = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Cancelled Case", customer.email(), null, null), "x", Language.en, null))
                .caseNumber();
        runtimeService.deleteProcessInstance(requests.get(cancelled).processInstanceId(), "cancelled in Cockpit");
        String closed = closedCase();
        jdbc.update("INSERT INTO data_change_audit (case_number, customer_id, change_kind, table_name, column_name,"
                + " old_value, new_value, changed_at) VALUES (?, ?, 'RECTIFY', 'customer', 'last_name', 'Old', 'New', ?)",
                closed, customer.id(), java.sql.Timestamp.from(start));
        String call = "purge-" + java.util.UUID.randomUUID();
        jdbc.update("INSERT INTO recording_consent (call_id, basis, answer, answered_at, language, clause_version,"
                + " recording_allowed, reported_at) VALUES (?, 'CONSENT', 'YES', ?, 'pl', 'v1', TRUE, ?)",
                call, java.sql.Timestamp.from(start), java.sql.Timestamp.from(start));

        setClock(start.plus(Duration.ofDays(100)));
        runNightlyPurge();
        assertThat(count("recording_consent", "call_id", call)).as("proof of consent, within three years").isOne();
        assertThat(requests.find(cancelled)).as("cancelled, within three years").isPresent();

        setClock(start.plus(Duration.ofDays(3 * 365 + 30)));
        runNightlyPurge();
        assertThat(requests.find(cancelled)).isEmpty();
        assertThat(count("correspondence", "case_number", cancelled)).isZero();
        assertThat(count("data_change_audit", "case_number", closed)).isZero();
        assertThat(count("recording_consent", "call_id", call)).isZero();
    }

    private int count(String table, String column, String value) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, value);
    }

    private String closedCase() {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Purge Test", customer.email(), null, null), "x", Language.en, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        ManualSearches.nothingFound(taskService, instance);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("PrepareAnswer")
                .singleResult().getId(), Map.of("decision", "FULFIL"));
        executeDueJobs(management, instance);
        setClock(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(15)));
        executeDueJobs(management, instance);
        assertThat(requests.get(caseNumber).closedAt()).isNotNull();
        return caseNumber;
    }

    /** The timer start event's job, as the job executor would run it when due. */
    private void runNightlyPurge() {
        Job timer = management.createJobQuery().processDefinitionKey("purge-closed-cases").timers().singleResult();
        management.setJobDuedate(timer.getId(), ClockUtil.getCurrentTime());
        management.executeJob(timer.getId());
        management.createJobQuery().processDefinitionKey("purge-closed-cases").executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
