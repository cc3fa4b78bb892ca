package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every job has a due date (ensure-job-due-date-not-null), so the job executor's acquisition, which now asks only for
 * due jobs, sees asynchronous steps too; jobs left without one by an older version are given one at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JobsWithoutDueDateTest {

    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void asynchronousStep_hasADueDate_andAnOldJobWithoutOne_isGivenOneAtStartUp() {
        String caseNumber = intake.receive(new NewRequest(Channel.WEB_FORM, List.of(Right.ACCESS),
                new NewRequest.Requester("Due Date", "due.date@example.com", null, null), "What do you hold?",
                Language.en, null), null).caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        Job acknowledge = management.createJobQuery().processInstanceId(instance).singleResult();
        assertThat(acknowledge.getDuedate()).as("an asynchronous step's job").isNotNull();

        // As an older version left it: the acquisition that asks only for due jobs would never take it.
        jdbc.update("UPDATE act_ru_job SET duedate_ = NULL WHERE id_ = ?", acknowledge.getId());
        assertThat(management.createJobQuery().processInstanceId(instance).duedateHigherThan(new Date(0))
                .count()).isZero();

        new JobsWithoutDueDate(jdbc, engine).afterPropertiesSet();

        Job fixed = management.createJobQuery().jobId(acknowledge.getId()).singleResult();
        assertThat(fixed.getDuedate()).isNotNull();
        assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).isEqualTo(1);
    }
}
