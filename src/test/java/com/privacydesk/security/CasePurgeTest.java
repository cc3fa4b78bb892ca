package com.privacydesk.security;

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
