package com.privacydesk.packages;

import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.WebappLogin;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The copy "Prepare answer" links to: built from the data as it stands, withheld sources left out, stored nowhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PackagePreviewTest {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired ManagementService management;
    @Autowired TestCustomers customers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void staffPreviewTheCopy_inTheCustomersLanguage_withoutWithheldData_andNothingIsStored() throws Exception {
        agent("previewagent");
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS, Right.PORTABILITY),
                new NewRequest.Requester("Copy Reader", customer.email(), null, null), "x", Language.nl, null))
                .caseNumber();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        WebappLogin staff = new WebappLogin(port).login("previewagent", "secret-1");
        String base = "/cases/" + caseNumber + "/packages/preview/";

        HttpResponse<String> page = staff.get(base + "ACCESS_HTML");
        HttpResponse<String> withheld = staff.get(base + "ACCESS_JSON?withheld=chat_sessions");
        HttpResponse<String> unknown = staff.get(base + "ACCESS_JSON?withheld=chat_session");
        HttpResponse<String> anonymous = new WebappLogin(port).get(base + "ACCESS_HTML");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Uw persoonsgegevens", "Klantgegevens", customer.email(), "192.0.2.10");
        assertThat(withheld.statusCode()).isEqualTo(200);
        assertThat(withheld.body()).contains("Chatsessies (met IP-adres)", customer.email()).doesNotContain("192.0.2.10");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("unknown source chat_session");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(customer.email());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_package WHERE case_number = ?", Integer.class,
                caseNumber)).as("a preview stores nothing").isZero();
        // ... but is logged like a download: the customer's data was shown.
        assertThat(jdbc.queryForList("SELECT kind || ' ' || downloaded_by FROM package_download WHERE case_number = ?"
                + " AND via = 'PREVIEW' ORDER BY id", String.class, caseNumber))
                .containsExactly("ACCESS_HTML previewagent", "ACCESS_JSON previewagent");
    }

    private void agent(String id) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword("secret-1");
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId("agents").count() == 0) {
            identityService.saveGroup(identityService.newGroup("agents"));
        }
        identityService.createMembership(id, "agents");
    }
}
