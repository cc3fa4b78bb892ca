package com.privacydesk.demo;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.RequestProcess;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** README command 1 (the dev profile) starts with the demo users, filters and open demo requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:devstart;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=devstart",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class DevProfileStartTest {

    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;

    @Test
    void demoUsersAndRequestsAreThere_andTheRequestsReachTheirTasks() {
        assertThat(identityService.createUserQuery().memberOfGroup(RequestProcess.GROUP_AGENTS).count()).isEqualTo(2);
        assertThat(identityService.createUserQuery().memberOfGroup(RequestProcess.GROUP_OFFICERS).singleResult()
                .getId()).isEqualTo("officer");
        assertThat(identityService.checkPassword("agent1", "demo")).isTrue();
        assertThat(identityService.checkPassword("admin", "admin")).isTrue();

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RequestProcess.KEY).count())
                .isEqualTo(5);
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().list()) {
            executeDueJobs(management, instance.getId());
        }
        assertThat(management.createJobQuery().withException().count()).isZero();
        // The demo requests past verification first wait for the searches by hand (record of processing).
        assertThat(taskService.createTaskQuery().taskDefinitionKey(RequestProcess.SEARCH_MANUAL_SOURCES).count())
                .isPositive();
        taskService.createTaskQuery().taskDefinitionKey(RequestProcess.SEARCH_MANUAL_SOURCES).list()
                .forEach(search -> taskService.complete(search.getId(), Map.of("manualSearchOutcome", "NOT_FOUND")));
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().list()) {
            executeDueJobs(management, instance.getId());
        }
        assertThat(taskService.createTaskQuery().taskDefinitionKey(RequestProcess.PREPARE_ANSWER).count())
                .isEqualTo(3);
        assertThat(taskService.createTaskQuery().taskDefinitionKey(RequestProcess.VERIFY_IDENTITY).count())
                .isEqualTo(2);
        // The letter received weeks ago: its reminder has fired, its deadline has not passed.
        assertThat(taskService.createTaskQuery().taskDefinitionKey(RequestProcess.VERIFY_IDENTITY)
                .taskPriority(80).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDefinitionKey(RequestProcess.REVIEW_OVERDUE_REQUEST).count())
                .isZero();
    }
}
