package com.privacydesk.process;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.LocalisedFormDeployment;
import com.privacydesk.testsupport.DecisionTables;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.ProvenIntake;
import com.privacydesk.testsupport.TestCustomers;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process owner changes one cell of a table in Modeler and the desk behaves differently, without Java: the
 * changed table is deployed as the application deploys at start (every resource of bpmn/ and forms/ together, so
 * the diagram's business-rule tasks, bound to their own deployment, use the new table), and a new request follows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionRowChangeTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TestCustomers customers;
    @Autowired LocalisedFormDeployment deployment;

    private String changedDeployment;

    @BeforeEach
    void setUp() {
        init(engine);
        setClock(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        // The shared engine goes back to the shipped tables for the other tests.
        if (changedDeployment != null) {
            repositoryService.deleteDeployment(changedDeployment, true);
        }
        ClockUtil.reset();
    }

    @Test
    void sureRowSaysVerify_aProvenExactMatchNowWaitsForTheAgent() {
        TestCustomers.Customer customer = customers.create();
        assertThat(receive(customer)).isWaitingAt(RequestProcess.PREPARE_ANSWER);

        deployWith("identity-evidence.dmn", DecisionTables.withRowOutput(DecisionTables.IDENTITY_EVIDENCE_FILE,
                "ProvenContactExactMatch", "\"VERIFY\""));
        ProcessInstance after = receive(customer);

        assertThat(after).isWaitingAt(RequestProcess.VERIFY_IDENTITY);
        assertThat(after).variables().containsEntry(RequestVariables.MATCH_CONFIDENCE, "EXACT")
                .containsEntry(RequestVariables.CONTACT_PROVEN, true)
                .containsEntry(RequestVariables.IDENTITY_MATCH, "VERIFY");
    }

    @Test
    void routingRowNamesTheOfficers_theirGroupGetsTheTasks() {
        TestCustomers.Customer customer = customers.create();
        deployWith("routing.dmn", DecisionTables.withRowOutput(DecisionTables.ROUTING_FILE, "EveryRequestToTheAgents",
                "\"" + RequestProcess.GROUP_OFFICERS + "\""));

        ProcessInstance after = receive(customer);

        assertThat(after).isWaitingAt(RequestProcess.PREPARE_ANSWER).task()
                .hasCandidateGroup(RequestProcess.GROUP_OFFICERS);
        assertThat(after).variables().containsEntry(RequestVariables.HANDLER_GROUP, RequestProcess.GROUP_OFFICERS);
    }

    /** A request of this customer by e-mail, the address vouched for by staff: a sure match with the shipped table. */
    private ProcessInstance receive(TestCustomers.Customer customer) {
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Test Customer", customer.email(), null, null), "Test request.", Language.en,
                null)).caseNumber();
        String id = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, id);
        ManualSearches.nothingFound(taskService, id);
        executeDueJobs(management, id);
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Every resource the application deploys, with one table replaced by the changed one. */
    private void deployWith(String tableName, DmnModelInstance changed) {
        DeploymentBuilder builder = repositoryService.createDeployment().name("changed " + tableName);
        for (Resource resource : deployment.getDeploymentResources()) {
            String name = resource.getFilename();
            if (tableName.equals(name)) {
                builder.addModelInstance(name, changed);
                continue;
            }
            try {
                builder.addInputStream(name, new ByteArrayInputStream(resource.getContentAsByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        changedDeployment = builder.deploy().getId();
    }
}
