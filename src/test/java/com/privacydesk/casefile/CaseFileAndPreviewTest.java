package com.privacydesk.casefile;

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
import static com.privacydesk.testsupport.LetterPreviewPage.letter;
import static com.privacydesk.testsupport.LetterPreviewPage.token;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The case file and the letter preview that Tasklist forms link to, as staff and strangers reach them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseFileAndPreviewTest {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired ManagementService management;
    @Autowired TestCustomers customers;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        user("casefileagent", "agents");
        user("casefilestranger", null);
    }

    @Test
    void agentSeesTheCaseFile_requesterInputShownAsText() throws Exception {
        String caseNumber = intake.receive(new NewRequest(Channel.WEB_FORM, List.of(Right.ACCESS),
                new NewRequest.Requester("<script>alert('x')</script>", "case.file@example.org", null, null),
                "<img src=x onerror=alert(1)>", Language.en, null)).caseNumber();

        HttpResponse<String> page = new WebappLogin(port).login("casefileagent", "secret-1").get("/cases/" + caseNumber);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("case.file@example.org").contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void strangersAndAnonymousCallersSeeNothing() throws Exception {
        String caseNumber = intake.receive(new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Hidden Person", "hidden@example.org", null, null), "x", Language.en, null))
                .caseNumber();

        HttpResponse<String> anonymous = new WebappLogin(port).get("/cases/" + caseNumber);
        WebappLogin strangerSession = new WebappLogin(port);
        // Without the Tasklist application permission the webapp login itself is refused.
        assertThat(strangerSession.tryLogin("casefilestranger", "secret-1")).isEqualTo(403);
        HttpResponse<String> stranger = strangerSession.get("/cases/" + caseNumber);
        HttpResponse<String> preview = new WebappLogin(port).get("/cases/" + caseNumber + "/letter-preview?decision=FULFIL");
        HttpResponse<String> posted = new WebappLogin(port).postForm("/cases/" + caseNumber + "/letter-preview",
                Map.of("decision", "FULFIL"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(preview.statusCode()).isEqualTo(401);
        assertThat(posted.statusCode()).isEqualTo(401);
        assertThat(anonymous.body() + stranger.body() + preview.body()).doesNotContain("hidden@example.org");
    }

    @Test
    void previewShowsTheExactLetterOfTheCurrentChoices_wordsOnlyInTheBody_andWritesNothing() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ERASURE),
                new NewRequest.Requester("Preview Reader", customer.email(), null, null), "x", Language.de, null))
                .caseNumber();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        WebappLogin agent = new WebappLogin(port).login("casefileagent", "secret-1");
        String preview = "/cases/" + caseNumber + "/letter-preview";

        HttpResponse<String> fulfil = agent.get(preview + "?decision=FULFIL");
        // The form's link carries codes only; words in a URL would stay in proxy logs and browser history.
        HttpResponse<String> wordsInUrl = agent.get(preview + "?decision=REFUSE&reasons=LEGAL_CLAIMS&reasonDetails="
                + URLEncoder.encode("Ein Verfahren", StandardCharsets.UTF_8));
        HttpResponse<String> refusalPage = agent.get(preview + "?decision=REFUSE&reasons=LEGAL_CLAIMS");
        String token = token(refusalPage.body());
        HttpResponse<String> refuse = agent.postForm(preview, Map.of("token", token, "decision", "REFUSE",
                "reasons", "LEGAL_CLAIMS", "reasonDetails", "Ein Verfahren & <mehr>"));
        HttpResponse<String> incomplete = agent.postForm(preview, Map.of("token", token, "decision", "REFUSE"));
        // A page of another site, posting through the handler's logged-in browser, knows no token.
        HttpResponse<String> forged = agent.postForm(preview, Map.of("decision", "REFUSE", "reasons", "LEGAL_CLAIMS",
                "reasonDetails", "forged"));
        WebappLogin otherSession = new WebappLogin(port).login("casefileagent", "secret-1");
        HttpResponse<String> otherSessionsToken = otherSession.postForm(preview, Map.of("token", token,
                "decision", "FULFIL"));

        // Invoices are kept under the tax duty: fulfilling this erasure is a partial refusal, and says why.
        assertThat(fulfil.statusCode()).as(fulfil.body()).isEqualTo(200);
        assertThat(fulfil.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(letter(fulfil.body())).contains(caseNumber).contains("Rechnungen")
                .contains("Art. 17 Abs. 3 lit. b DSGVO: steuerliche Aufbewahrungspflicht")
                .doesNotContain("tax retention duty");
        assertThat(refusalPage.statusCode()).as("legal claims need the handler's words").isEqualTo(422);
        assertThat(wordsInUrl.statusCode()).isEqualTo(400);
        assertThat(wordsInUrl.body()).contains("reasonDetails").doesNotContain("id=\"letter\"");
        // The page offers the words the case's rights need, named by the form fields Tasklist's script copies.
        assertThat(refusalPage.body()).contains("name=\"erasureDetails\"", "data-form-field=\"PrepareAnswer_erasureDetails\"",
                "name=\"explanation\"", "data-form-field=\"PrepareAnswer_Explanation\"")
                .doesNotContain("name=\"correctedName\"");
        assertThat(refuse.statusCode()).as(refuse.body()).isEqualTo(200);
        assertThat(letter(refuse.body())).contains("Ein Verfahren & <mehr>")
                .contains("Prezes Urzędu Ochrony Danych Osobowych");
        assertThat(refuse.body()).as("the words stay in the page's form for the next try")
                .contains(">Ein Verfahren &amp; &lt;mehr&gt;</textarea>");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("ERASURE is refused and needs at least one reason");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("forged");
        assertThat(otherSessionsToken.statusCode()).isEqualTo(403);
        // The preview carried the plan out in a transaction it rolled back: no data, log or notice stays.
        assertThat(customers.exists(customer.id(), "support_ticket")).as("nothing carried out").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM execution_log WHERE case_number = ?", Integer.class,
                caseNumber)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM correspondence WHERE case_number = ? AND kind ="
                + " 'RECIPIENT_NOTICE'", Integer.class, caseNumber)).isZero();
        // Each letter shown is logged like a package download (the customer's data was shown): two letters.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_download WHERE case_number = ? AND via = 'PREVIEW'"
                + " AND kind = 'LETTER' AND downloaded_by = 'casefileagent'", Integer.class, caseNumber)).isEqualTo(2);
    }

    private void user(String id, String group) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword("secret-1");
        identityService.saveUser(user);
        if (group != null) {
            if (identityService.createGroupQuery().groupId(group).count() == 0) {
                identityService.saveGroup(identityService.newGroup(group));
            }
            identityService.createMembership(id, group);
        }
    }
}
