package com.privacydesk.correspondence;

import com.privacydesk.request.DeliveryState;
import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.privacydesk.testsupport.TestCustomers;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Letters leave over real SMTP (GreenMail), once each, and wait in the outbox while the server is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "privacy-desk.mail.delivery=SMTP",
        "spring.mail.host=localhost",
        "spring.mail.port=3025",
        "spring.datasource.url=jdbc:h2:mem:smtp;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=smtp"})
@ActiveProfiles("test")
class LetterDeliveryOverSmtpTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired CorrespondenceLog outbox;
    @Autowired LetterDelivery delivery;
    @Autowired LetterComposer composer;
    @Autowired CaseLetters caseLetters;
    @Autowired LetterInformation information;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.privacydesk.testsupport.TestCustomers customers;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.of(LetterKind.values())
                .flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyLetterArrivesWithItsMandatoryContent(LetterKind kind, Language language) throws Exception {
        String caseNumber = newCase("reader@example.org");
        Letter letter = composer.compose(kind, LetterFixtures.contextFor(kind, language));
        long id = outbox.recordOutgoing(caseNumber, kind.name(), Channel.EMAIL, "reader@example.org",
                letter.subject(), letter.body());

        delivery.deliver(id);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("reader@example.org");
        assertThat(received.getSubject()).isEqualTo(letter.subject());
        assertThat(received.getMessageID()).isEqualTo("<letter-" + id + "." + caseNumber + "@privacy-desk>");
        assertThat(((String) received.getContent()).replace("\r\n", "\n"))
                .contains(LetterComposerTest.mandatory(kind, language));
        assertThat(state(id)).isEqualTo("SENT");
    }

    /**
     * Issue 18: every e-mail to a requester ends with the e-mail footer, in the language the letter is written in,
     * appended in one place (CaseLetters) and kept in the correspondence as it left.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyLettersEmail_endsWithTheFooter_inTheLettersLanguage(LetterKind kind, Language language) throws Exception {
        String caseNumber = newCase("footer@example.org");
        Letter letter = composer.compose(kind, LetterFixtures.contextFor(kind, language));

        caseLetters.write(requests.get(caseNumber), letter);
        runDeliveryJobs(caseNumber);

        String footer = information.emailFooter(language).text();
        String received = ((String) smtp.getReceivedMessages()[0].getContent()).replace("\r\n", "\n");
        // The mail transport drops the last line break; the text before it is what the desk wrote.
        assertThat(received).startsWith(letter.body()).endsWith("\n-- \n" + footer);
        assertThat(jdbc.queryForObject("SELECT body FROM correspondence WHERE case_number = ? AND kind = ?",
                String.class, caseNumber, kind.name())).endsWith(footer + "\n");
    }

    /**
     * Issue 18: an e-mailed request reached the desk without any clause. Its first layer is the acknowledgement,
     * which carries the request-handling clause (and the footer): recorded with that clause's version when the
     * acknowledgement is sent, not at receipt and not while it waits in the outbox.
     */
    @Test
    void emailedRequest_firstLayerIsTheAcknowledgement_recordedWhenItIsSent() throws Exception {
        String caseNumber = intake.receive(new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Mail Writer", "writer@example.org", null, null), "Mail.", Language.nl, null))
                .caseNumber();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        assertThat(requests.informationGiven(caseNumber)).isEmpty();

        runDeliveryJobs(caseNumber);

        long letterId = letterIds(caseNumber).get(0);
        InformationGiven given = requests.informationGiven(caseNumber).orElseThrow();
        assertThat(given.clause()).isEqualTo("REQUEST_HANDLING");
        assertThat(given.version()).isEqualTo(information.requestHandling(Language.nl).version());
        assertThat(given.givenAt()).isEqualTo(jdbc.queryForObject(
                "SELECT sent_at FROM correspondence WHERE id = ?", java.sql.Timestamp.class, letterId).toInstant());
        String acknowledgement = ((String) smtp.getReceivedMessages()[0].getContent()).replace("\r\n", "\n");
        assertThat(acknowledgement).contains(information.requestHandling(Language.nl).text(),
                "art. 6 lid 1 onder c AVG in samenhang met art. 12–22 AVG")
                .endsWith("\n-- \n" + information.emailFooter(Language.nl).text());
    }

    /** A web form gave its clause before the request came: the acknowledgement sent later does not replace it. */
    @Test
    void webFormRequest_keepsItsClause_afterTheAcknowledgementIsSent() {
        String caseNumber = newCase("form@example.org");
        InformationGiven atIntake = requests.informationGiven(caseNumber).orElseThrow();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        runDeliveryJobs(caseNumber);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(requests.informationGiven(caseNumber)).contains(atIntake);
        assertThat(atIntake.clause()).isEqualTo("WEB_FORM");
    }

    @Test
    void acknowledgementOfANewRequest_queuedInTheRequestsTransaction_deliveredByItsJob() throws Exception {
        String caseNumber = newCase("anna@example.org");
        String requestInstance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, requestInstance);
        long letterId = letterIds(caseNumber).get(0);
        assertThat(state(letterId)).isEqualTo("QUEUED");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        runDeliveryJobs(caseNumber);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(caseNumber);
        assertThat(state(letterId)).isEqualTo("SENT");
    }

    @Test
    void accessAnswer_travelsWithTheAccessPackage() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS, Right.PORTABILITY),
                new NewRequest.Requester("Package Reader", customer.email(), null, null), "x", Language.de, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("SearchManualSources").list()
                .forEach(task -> taskService.complete(task.getId(), Map.of("manualSearchOutcome", "NOT_FOUND")));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("PrepareAnswer").singleResult().getId(), Map.of("decision", "FULFIL"));
        executeDueJobs(management, instance);

        runDeliveryJobs(caseNumber);

        MimeMessage answer = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getContent() instanceof jakarta.mail.Multipart;
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) answer.getContent();
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                files.add(parts.getBodyPart(i).getFileName());
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2).anyMatch(name -> name.endsWith(".zip"))
                .anyMatch(name -> name.endsWith(".html") || name.endsWith(".json"));
        assertThat(files).allMatch(name -> name.contains(caseNumber));
    }

    @Test
    void deliveringAgain_sendsNoSecondCopy() {
        String caseNumber = newCase("once@example.org");
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        long letterId = letterIds(caseNumber).get(0);

        delivery.deliver(letterId);
        delivery.deliver(letterId);
        runDeliveryJobs(caseNumber);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void smtpDown_retriesWithBackoff_thenIncident_letterStillQueued_thenSentOnceWhenBack() throws Exception {
        String caseNumber = newCase("patient@example.org");
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        long letterId = letterIds(caseNumber).get(0);
        smtp.stop();

        Job job = deliveryJob(caseNumber);
        Instant now = Instant.now();
        int attempts = 0;
        while (job != null && job.getRetries() > 0 && attempts < 10) {
            now = now.plusSeconds(5 * 3600);
            setClock(now);
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                attempts++;
            }
            job = deliveryJob(caseNumber);
        }

        assertThat(attempts).isEqualTo(6);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId())
                .singleResult();
        assertThat(incident.getIncidentMessage()).contains(caseNumber).contains("stays in the outbox")
                .doesNotContain("patient@example.org");
        assertThat(state(letterId)).isEqualTo("QUEUED");

        smtp.start();
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(state(letterId)).isEqualTo("SENT");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
                .isZero();
    }

    @Test
    void interruptedAfterHandingOver_neverSentAgain_incidentAsksAPerson_thenSettled() {
        String caseNumber = newCase("interrupted@example.org");
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        long letterId = letterIds(caseNumber).get(0);
        // As after a crash between the mail server's acceptance and the commit of SENT.
        jdbc.update("UPDATE correspondence SET delivery_state = 'SENDING' WHERE id = ?", letterId);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> delivery.deliver(letterId))
                .isInstanceOf(LetterDeliveryException.class).hasMessageContaining("may have been sent")
                .hasMessageContaining("<letter-" + letterId + "." + caseNumber + "@privacy-desk>")
                .hasMessageNotContaining("interrupted@example.org");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(state(letterId)).isEqualTo("SENDING");

        delivery.settle(letterId, DeliveryState.QUEUED);
        delivery.deliver(letterId);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(state(letterId)).isEqualTo("SENT");
    }

    @Test
    void requesterWithoutEmail_letterWaitsToBePosted_noDeliveryJob() {
        String caseNumber = intake.receive(new NewRequest(Channel.LETTER, List.of(Right.ACCESS),
                new NewRequest.Requester("By Post", null, "+48 601 000 000", null), "By post.", Language.pl, null))
                .caseNumber();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        assertThat(state(letterIds(caseNumber).get(0))).isEqualTo("TO_POST");
        // The footer is an e-mail's: the posted acknowledgement's signature names the contact and the policy.
        assertThat(jdbc.queryForObject("SELECT body FROM correspondence WHERE id = ?", String.class,
                letterIds(caseNumber).get(0))).doesNotContain("\n-- \n")
                .contains(information.requestHandling(Language.pl).text());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LetterDelivery.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    private String newCase(String email) {
        return intake.receive(new NewRequest(Channel.WEB_FORM, List.of(Right.ACCESS),
                new NewRequest.Requester("Reader", email, null, null), "Letter test.", Language.en, null))
                .caseNumber();
    }

    private void runDeliveryJobs(String caseNumber) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(LetterDelivery.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).list()
                .forEach(instance -> executeDueJobs(management, instance.getId()));
    }

    private Job deliveryJob(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(LetterDelivery.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).list().stream()
                .map(instance -> management.createJobQuery().processInstanceId(instance.getId()).singleResult())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private List<Long> letterIds(String caseNumber) {
        return jdbc.queryForList("SELECT id FROM correspondence WHERE case_number = ? AND direction = 'OUT' ORDER BY id",
                Long.class, caseNumber);
    }

    private String state(long letterId) {
        return jdbc.queryForObject("SELECT delivery_state FROM correspondence WHERE id = ?", String.class, letterId);
    }
}
