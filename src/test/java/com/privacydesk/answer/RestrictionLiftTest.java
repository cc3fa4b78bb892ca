package com.privacydesk.answer;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.correspondence.CorrespondenceEntry;
import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.ProvenIntake;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.TestStaff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Art. 18(3): a restriction is lifted only by officers or managers, with a reason, after the customer is told. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RestrictionLiftTest {

    @LocalServerPort int port;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TestCustomers customers;
    @Autowired TestStaff staff;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired CorrespondenceLog correspondence;
    @Autowired JdbcTemplate jdbc;

    @Test
    void managerLiftsAfterTheNoticeIsWritten_agentsAndSecondLiftsAreRefused() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.RESTRICTION),
                new NewRequest.Requester("Lift Reader", customer.email(), null, null), "Stop using it.", Language.en,
                null)).caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        ManualSearches.nothingFound(taskService, instance);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("PrepareAnswer")
                .singleResult().getId(), Map.of("decision", "ANSWER", "restrictionOutcome", "FULFIL"));
        executeDueJobs(management, instance);
        taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("CarryOutByHand").list()
                .forEach(t -> taskService.complete(t.getId(), Map.of("manualActionDone", true)));
        executeDueJobs(management, instance);
        assertThat(restrictedRows(customer.id())).isPositive();

        String agent = staff.member("liftagent", RequestProcess.GROUP_AGENTS);
        String manager = staff.member("liftmanager", RequestProcess.GROUP_MANAGERS);
        assertThat(post(agent, caseNumber, "{\"reason\":\"Accuracy verified.\"}").statusCode()).isEqualTo(403);
        assertThat(post(manager, caseNumber, "{}").statusCode()).isEqualTo(400);
        assertThat(restrictedRows(customer.id())).as("nothing lifted yet").isPositive();

        HttpResponse<String> lifted = post(manager, caseNumber,
                "{\"reason\":\"We have verified that your address is accurate.\"}");

        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        assertThat(restrictedRows(customer.id())).isZero();
        CorrespondenceEntry notice = correspondence.list(caseNumber).stream()
                .filter(e -> e.kind().equals("RESTRICTION_LIFT_NOTICE")).findFirst().orElseThrow();
        assertThat(notice.body()).contains("Art. 18(3) GDPR", "We have verified that your address is accurate.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM execution_log WHERE case_number = ? AND action ="
                + " 'RESTRICTION_LIFTED' AND actor = ?", Integer.class, caseNumber, manager)).isPositive();
        assertThat(post(manager, caseNumber, "{\"reason\":\"Again.\"}").statusCode()).isEqualTo(409);
    }

    private int restrictedRows(long customerId) {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM customer_order WHERE customer_id = ? AND restricted_at IS NOT NULL)"
                + " + (SELECT COUNT(*) FROM support_ticket WHERE customer_id = ? AND restricted_at IS NOT NULL)",
                Integer.class, customerId, customerId);
    }

    private HttpResponse<String> post(String user, String caseNumber, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/cases/" + caseNumber + "/restriction-lift"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
