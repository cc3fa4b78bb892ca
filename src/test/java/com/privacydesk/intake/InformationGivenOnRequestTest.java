package com.privacydesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.information.ClauseChannel;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.request.Channel;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.InvalidRequestException;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.TestStaff;
import org.camunda.bpm.engine.ManagementService;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Every request records which first layer of information its channel gave, in which version, and when. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InformationGivenOnRequestTest {

    private static final String CLIENT = "198.51.100.62";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired IntakeService intake;
    @Autowired InformationClauses clauses;
    @Autowired RequestRepository requests;
    @Autowired TestStaff staff;
    @Autowired ManagementService management;

    @Test
    void webFormChatAndPhone_recordTheirClauseAndVersion_givenAtReceipt_shownInTheCaseView() throws Exception {
        for (Channel channel : List.of(Channel.WEB_FORM, Channel.CHAT, Channel.PHONE)) {
            ResponseEntity<String> filed = post("""
                    {"channel":"%s","rights":["ACCESS"],"language":"nl",
                     "requester":{"name":"Jan de Vries","email":"jan@example.nl"}}""".formatted(channel));
            assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String caseNumber = json.readTree(filed.getBody()).get("caseNumber").asText();

            JsonNode information = caseView(caseNumber).get("information");
            ClauseChannel clause = ClauseChannel.valueOf(channel.name());
            assertThat(information.get("clause").asText()).isEqualTo(channel.name());
            assertThat(information.get("version").asText())
                    .isEqualTo(clauses.clause(clause, Language.nl).version());
            assertThat(Instant.parse(information.get("givenAt").asText()))
                    .isEqualTo(requests.get(caseNumber).receivedAt());
        }
    }

    /**
     * An e-mail reached the desk without any clause: nothing is recorded at receipt, nor while the acknowledgement
     * waits in the outbox. Its first layer is the acknowledgement, recorded when sent (LetterDeliveryOverSmtpTest).
     */
    @Test
    void email_recordsNothingAtReceipt_norWhileTheAcknowledgementIsQueued() throws Exception {
        ResponseEntity<String> filed = post("""
                {"channel":"EMAIL","rights":["ACCESS"],"language":"en",
                 "requester":{"name":"Mail Writer","email":"writer@example.org"}}""");
        String caseNumber = json.readTree(filed.getBody()).get("caseNumber").asText();
        assertThat(requests.informationGiven(caseNumber)).isEmpty();

        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        assertThat(requests.informationGiven(caseNumber)).isEmpty();
        assertThat(caseView(caseNumber).has("information")).isFalse();
    }

    /**
     * A letter from someone without an e-mail address is acknowledged by post: the acknowledgement's first layer is
     * recorded when the desk writes it for posting (the desk learns nothing later about a letter in the post), with
     * the version of the request-handling clause it carries, not at the letter's older receipt date.
     */
    @Test
    void postedLetter_recordsTheAcknowledgementsFirstLayer_whenWrittenForPosting() throws Exception {
        OffsetDateTime arrived = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.SECONDS);
        ResponseEntity<String> filed = post("""
                {"channel":"LETTER","rights":["ERASURE"],"language":"de","receivedAt":"%s",
                 "requester":{"name":"Erika Mustermann","customerNumber":"K-1"}}""".formatted(arrived));
        String caseNumber = json.readTree(filed.getBody()).get("caseNumber").asText();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        InformationGiven information = requests.informationGiven(caseNumber).orElseThrow();
        assertThat(information.clause()).isEqualTo("REQUEST_HANDLING");
        assertThat(information.version())
                .isEqualTo(clauses.clause(ClauseChannel.REQUEST_HANDLING, Language.de).version());
        assertThat(information.givenAt()).isBetween(before, Instant.now());
        assertThat(requests.get(caseNumber).receivedAt()).isEqualTo(arrived.toInstant());
    }

    /** The chat or phone system knows when its opening words were given; the intake keeps that time. */
    @Test
    void callerMayPassTheTimeTheClauseWasGiven_butNotAFutureOne() {
        Instant callStarted = Instant.now().minus(Duration.ofMinutes(7)).truncatedTo(ChronoUnit.MILLIS);
        NewRequest call = new NewRequest(Channel.PHONE, List.of(Right.QUESTION),
                new NewRequest.Requester("Anna Kowalska", null, "+48 600 100 200", null), "Pytanie", Language.pl, null);
        String caseNumber = intake.receive(call, null, callStarted).caseNumber();

        InformationGiven information = requests.informationGiven(caseNumber).orElseThrow();
        assertThat(information.clause()).isEqualTo("PHONE");
        assertThat(information.givenAt()).isEqualTo(callStarted);

        assertThatThrownBy(() -> intake.receive(call, null, Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors())
                        .containsKey("informationGivenAt"));
        // An e-mail or a letter was given nothing before it came: a time for it is refused, not recorded.
        NewRequest mail = new NewRequest(Channel.EMAIL, List.of(Right.QUESTION),
                new NewRequest.Requester("Anna Kowalska", "anna@example.pl", null, null), "Pytanie", Language.pl, null);
        assertThatThrownBy(() -> intake.receive(mail, null, callStarted))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors())
                        .containsKey("informationGivenAt"));
    }

    private JsonNode caseView(String caseNumber) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(staff.member("infoagent", "agents"), TestStaff.PASSWORD)
                .getForEntity("/api/requests/" + caseNumber, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** Filed by an integration (a chat or call-centre system): only it or staff may state channel and receipt. */
    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", CLIENT);
        return http.withBasicAuth(staff.member("infointegration", "integrations"), TestStaff.PASSWORD)
                .postForEntity("/api/requests", new HttpEntity<>(body, headers), String.class);
    }
}
