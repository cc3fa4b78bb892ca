package com.privacydesk.intake.mail;

import com.privacydesk.testsupport.ProcessTestSupport;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.privacydesk.correspondence.CorrespondenceEntry;
import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.request.Direction;
import com.privacydesk.casefile.CaseViews;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.request.Stage;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.TestCustomers;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The privacy mailbox on a real IMAP server (GreenMail), messages sent to it over SMTP: a new message becomes a
 * request in "Classify request"; a message quoting an open case is attached to it; nothing is filed twice or lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MailIntakeOverImapTest {

    static final String MAILBOX = "privacy@desk.test";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "privacy", "secret"));

    @Autowired ProcessEngine engine;
    @Autowired MailIntake mailIntake;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired CorrespondenceLog correspondence;
    @Autowired CaseViews caseViews;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestCustomers customers;

    MailboxPoller poller;

    @BeforeEach
    void setUp() {
        init(engine);
        poller = new MailboxPoller(new MailIntakeProperties(true, "localhost", ServerSetupTest.IMAP.getPort(), false,
                "privacy", "secret", "INBOX", "privacy-desk-errors", Duration.ofMinutes(1), Language.en,
                Duration.ofSeconds(10), TRUSTED_AUTHSERV_ID), mailIntake);
    }

    /** The desk's own receiving server, as it names itself in Authentication-Results. */
    static final String TRUSTED_AUTHSERV_ID = "mx.desk.test";

    @Test
    void senderAuthenticatedByTheDesksServer_withTheCustomersVerifiedAddress_isSure() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String domain = customer.email().substring(customer.email().indexOf('@') + 1);
        String messageId = send("Proven Sender", customer.email(), "Mijn gegevens", "Kopie graag.", "nl",
                // folded, with comments and a version, as real servers write it
                TRUSTED_AUTHSERV_ID + " 1;\r\n\tdkim=pass (2048-bit key) header.d=" + domain
                        + " header.s=sel1 header.b=AbCdEf12;\r\n\tspf=pass (sender SPF authorized) smtp.mailfrom="
                        + domain + ";\r\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=" + domain);

        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));
        RequestRecord request = filed(messageId);
        assertThat(requests.channelProof(request.caseNumber())).hasValueSatisfying(proof -> {
            assertThat(proof.contact()).isEqualTo(customer.email().toLowerCase(java.util.Locale.ROOT));
            assertThat(proof.provenBy()).isEqualTo(com.privacydesk.request.ChannelProof.ProvenBy.MAIL_DMARC);
        });
        ProcessInstance instance = instance(request);
        executeDueJobs(management, instance.getId());
        classify(instance, customer.email());

        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_MATCH)).isEqualTo("SURE");
        assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_SUMMARY))
                .contains("sender authenticated by the mail server (DMARC)");
        assertThat(instance).hasPassed("MatchRequester").hasNotPassed(RequestProcess.VERIFY_IDENTITY);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(RequestProcess.VERIFY_IDENTITY).count()).isZero();
    }

    @Test
    void forgedAuthenticationResults_belowTheDesksOwn_orFromAnotherServer_proveNothing() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String domain = customer.email().substring(customer.email().indexOf('@') + 1);
        // The desk's server found no DMARC pass; the forger's own header (same id, lower down) claims one.
        String forgedBelow = send("Forger", customer.email(), "Delete", "Delete everything.", "en",
                TRUSTED_AUTHSERV_ID + "; spf=softfail smtp.mailfrom=" + domain + "; dmarc=fail header.from=" + domain,
                TRUSTED_AUTHSERV_ID + "; dkim=pass header.d=" + domain + "; dmarc=pass header.from=" + domain);
        // A pass, but written by some other server (the forger's own, or a relay the desk does not run).
        String otherServer = send("Forger", customer.email(), "Delete", "Delete everything.", "en",
                "mx.forger.example; dmarc=pass header.from=" + domain);

        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(2, 0, 0, 0));
        for (String messageId : List.of(forgedBelow, otherServer)) {
            RequestRecord request = filed(messageId);
            assertThat(requests.channelProof(request.caseNumber())).isEmpty();
            ProcessInstance instance = instance(request);
            executeDueJobs(management, instance.getId());
            classify(instance, customer.email());

            assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_MATCH))
                    .isEqualTo("VERIFY");
            assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_SUMMARY))
                    .contains("sender address not proven");
            assertThat(instance).isWaitingAt(RequestProcess.VERIFY_IDENTITY);
        }
    }

    @Test
    void agentClassifiesWithAnotherAddressThanTheAuthenticatedSender_isNotSure() throws Exception {
        TestCustomers.Customer sender = customers.create();
        TestCustomers.Customer other = customers.create();
        String domain = sender.email().substring(sender.email().indexOf('@') + 1);
        String messageId = send("Helpful Friend", sender.email(), "For my neighbour", "Please delete her data.", "en",
                TRUSTED_AUTHSERV_ID + "; dmarc=pass header.from=" + domain);

        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));
        RequestRecord request = filed(messageId);
        assertThat(requests.channelProof(request.caseNumber())).isPresent();
        ProcessInstance instance = instance(request);
        executeDueJobs(management, instance.getId());
        classify(instance, other.email());

        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_MATCH)).isEqualTo("VERIFY");
        assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_SUMMARY))
                .contains("customer " + other.customerNumber()).contains("differs from it: not proven");
        assertThat(instance).isWaitingAt(RequestProcess.VERIFY_IDENTITY);
    }

    /** The agent reads an access request from the message, with the given requester address. */
    private void classify(ProcessInstance instance, String email) {
        Map<String, Object> classification = new HashMap<>();
        classification.put(RequestVariables.CLASSIFIED_RIGHTS, SpinValues.jsonValue("[\"ACCESS\"]").create());
        classification.put(RequestVariables.REQUESTER_EMAIL, email);
        classification.put(RequestVariables.CLASSIFIED_LANGUAGE, "en");
        complete(instance, RequestProcess.CLASSIFY_REQUEST, classification);
    }

    @Test
    void newMessage_becomesRequestInClassify_thenClassifiedContinuesToVerification() throws Exception {
        String messageId = send("Anna Kowalska", "anna.kowalska." + UUID.randomUUID() + "@example.pl",
                "Moje dane", "Proszę o kopię moich danych.\nAnna", "pl");

        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));
        assertThat(unseen()).isZero();

        RequestRecord request = filed(messageId);
        assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        assertThat(request.rights()).isEmpty();
        assertThat(request.language()).isEqualTo(Language.pl);
        assertThat(request.requester().name()).isEqualTo("Anna Kowalska");
        assertThat(request.message()).isEqualTo("Proszę o kopię moich danych.\nAnna");
        ProcessInstance instance = instance(request);
        executeDueJobs(management, instance.getId());
        assertThat(instance).isWaitingAt(RequestProcess.CLASSIFY_REQUEST).hasPassed("AcknowledgeReceipt");
        assertThat(instance).task().hasCandidateGroup(RequestProcess.GROUP_AGENTS);
        assertThat(caseViews.view(request.caseNumber()).stage()).isEqualTo(Stage.CLASSIFYING);
        // The acknowledgement goes out at once, in the message's language, before anyone has read it.
        List<CorrespondenceEntry> letters = correspondence.list(request.caseNumber());
        assertThat(letters).extracting(CorrespondenceEntry::kind).containsExactly("REQUEST", "ACKNOWLEDGEMENT");
        assertThat(letters.get(1).body()).contains("Czytamy teraz Pani/Pana wiadomość");
        // The message is in the desk's tables only: no variable, no history entry carries it.
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(
                RequestVariables.REQUEST_MESSAGE, RequestVariables.REQUESTER_EMAIL, RequestVariables.REQUESTER_NAME);

        Task classify = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(taskService.getVariableLocal(classify.getId(), RequestVariables.REQUESTER_EMAIL))
                .isEqualTo(request.requester().email());
        assertThatThrownBy(() -> taskService.complete(classify.getId(), Map.of(RequestVariables.CLASSIFIED_LANGUAGE, "pl")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Case " + request.caseNumber()).hasMessageContaining("choose at least one right");
        assertThatThrownBy(() -> taskService.complete(classify.getId(), Map.of(
                RequestVariables.CLASSIFIED_RIGHTS, SpinValues.jsonValue("[\"ACCESS\"]").create(),
                RequestVariables.REQUESTER_EMAIL, "", RequestVariables.CLASSIFIED_LANGUAGE, "pl")))
                .hasMessageContaining("must give at least an e-mail, a phone number or a customer number")
                .hasMessageNotContaining("Anna");

        Map<String, Object> classification = new HashMap<>();
        classification.put(RequestVariables.CLASSIFIED_RIGHTS, SpinValues.jsonValue("[\"ACCESS\",\"ERASURE\"]").create());
        classification.put(RequestVariables.REQUESTER_NAME, "Anna Kowalska");
        classification.put(RequestVariables.REQUESTER_EMAIL, request.requester().email());
        classification.put(RequestVariables.REQUESTER_CUSTOMER_NUMBER, "C-404-" + UUID.randomUUID().toString().substring(0, 8));
        classification.put(RequestVariables.CLASSIFIED_LANGUAGE, "pl");
        taskService.complete(classify.getId(), classification);
        executeDueJobs(management, instance.getId());

        RequestRecord classified = requests.get(request.caseNumber());
        assertThat(classified.rights()).containsExactly(Right.ACCESS, Right.ERASURE);
        assertThat(classified.requester().customerNumber()).startsWith("C-404-");
        assertThat(instance).hasPassed("ClassifyRequest", "MatchRequester").isWaitingAt(RequestProcess.VERIFY_IDENTITY);
        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.RIGHTS)).isEqualTo("ACCESS,ERASURE");
        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.CLASSIFIED)).isEqualTo(true);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(
                RequestVariables.PERSONAL_FORM_FIELDS.toArray(String[]::new));
        for (String personal : RequestVariables.PERSONAL_FORM_FIELDS) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName(personal).count()).as(personal).isZero();
        }
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?
                AND (NAME_ IN ('requesterName', 'requesterEmail', 'requesterCustomerNumber', 'requesterPhone')
                     OR TEXT_ LIKE '%Kowalska%')""", Integer.class, instance.getId())).isZero();
    }

    @Test
    void replyQuotingTheCase_whileInformationIsAwaited_resumesVerification_once() throws Exception {
        String sender = "jan." + UUID.randomUUID() + "@example.nl";
        String caseNumber = intake.receive(new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Jan de Vries", sender, null, null), "Mijn gegevens graag.", Language.nl,
                null)).caseNumber();
        ProcessInstance instance = instance(requests.get(caseNumber));
        executeDueJobs(management, instance.getId());
        complete(instance, RequestProcess.VERIFY_IDENTITY, Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_INFORMATION);

        String messageId = send("Jan de Vries", sender, "Re: Uw verzoek " + caseNumber + " is ontvangen",
                "Mijn klantnummer is 12345.", null);
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));

        assertThat(instance).hasPassed("RequesterReplied", "ResumeAfterInformation")
                .isWaitingAt(RequestProcess.VERIFY_IDENTITY);
        assertThat(incoming(caseNumber)).containsExactly("REQUEST", "REPLY");
        assertThat(correspondence.list(caseNumber).stream().filter(e -> e.kind().equals("REPLY")).findFirst()
                .orElseThrow()).satisfies(reply -> {
                    assertThat(reply.channel()).isEqualTo(Channel.EMAIL);
                    assertThat(reply.body()).isEqualTo("Mijn klantnummer is 12345.");
                });
        assertThat(requests.findByIdempotencyKey("imap:" + IntakeService.sha256(messageId))).isEmpty();

        // A crash after the commit, before the \Seen flag: the next poll sees it again and files nothing.
        markAllUnseen();
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 1, 0, 0));
        assertThat(incoming(caseNumber)).containsExactly("REQUEST", "REPLY");
        assertThat(unseen()).isZero();
    }

    @Test
    void strangerQuotingTheCaseNumber_isKeptForAPerson_neverResumesTheCase() throws Exception {
        String requester = "jan." + UUID.randomUUID() + "@example.nl";
        String stranger = "mallory." + UUID.randomUUID() + "@evil.example";
        String caseNumber = intake.receive(new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Jan de Vries", requester, null, null), "Mijn gegevens graag.", Language.nl,
                null)).caseNumber();
        ProcessInstance instance = instance(requests.get(caseNumber));
        executeDueJobs(management, instance.getId());
        complete(instance, RequestProcess.VERIFY_IDENTITY, Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));

        Thread.sleep(1100); // the server's receipt time has whole seconds: after the request, as in real life
        send("Jan de Vries", stranger, "Re: Uw verzoek " + caseNumber + " is ontvangen", "Klantnummer 99999.", null);
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));

        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_INFORMATION);
        assertThat(incoming(caseNumber)).containsExactly("REQUEST", "MESSAGE");
        // The case file shows who wrote each message.
        assertThat(jdbc.queryForList("SELECT sender FROM correspondence WHERE case_number = ? AND direction = 'IN' "
                + "ORDER BY id", String.class, caseNumber)).containsExactly(requester, stranger);

        // The requester's own reply (the address in another case) still resumes it.
        send("Jan de Vries", requester.toUpperCase(java.util.Locale.ROOT), "Re: " + caseNumber, "Klantnummer 12345.",
                null);
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));
        assertThat(instance).isWaitingAt(RequestProcess.VERIFY_IDENTITY);
        assertThat(incoming(caseNumber)).containsExactly("REQUEST", "MESSAGE", "REPLY");
    }

    /** The retention purge empties the mailbox of handled messages received before its cutoff, and only those. */
    @Test
    void retentionPurge_deletesHandledMails_keepsUnhandledOnes() throws Exception {
        send("Jan de Vries", "jan." + UUID.randomUUID() + "@example.nl", "Inzage", "Mijn gegevens graag.", "nl");
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));
        send("Piet Jansen", "piet." + UUID.randomUUID() + "@example.nl", "Inzage", "Ook mijn gegevens.", "nl");
        java.time.Instant cutoff = java.time.Instant.now().plus(java.time.Duration.ofDays(1));

        assertThat(poller.purgeHandledBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(1))))
                .as("nothing handled that long ago").isZero();
        assertThat(poller.purgeHandledBefore(cutoff)).isOne();

        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).as("the unhandled message stays").isOne();
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo("Inzage");
            assertThat(inbox.getMessage(1).isSet(Flags.Flag.SEEN)).isFalse();
        }
    }

    @Test
    void messageQuotingAnAnsweredCase_isTheCustomersDissatisfaction() throws Exception {
        String sender = customers.create().email();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.QUESTION),
                new NewRequest.Requester("Piotr Nowak", sender, null, null), "Why do you keep my phone number?",
                Language.en, null)).caseNumber();
        ProcessInstance instance = instance(requests.get(caseNumber));
        executeDueJobs(management, instance.getId());
        ManualSearches.nothingFound(taskService, instance.getId());
        executeDueJobs(management, instance.getId());
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "We need it to tell you when the courier comes."));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_REACTION);

        Thread.sleep(1100); // the server's receipt time has whole seconds: past the answer, before the poll
        send("Piotr Nowak", sender, "RE: " + caseNumber, "That is no reason. Delete it.", "en");
        Thread.sleep(1200);
        java.util.Date polledAt = new java.util.Date();
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));

        assertThat(instance).isWaitingAt(RequestProcess.CONSULT_OFFICER);
        assertThat(incoming(caseNumber)).containsExactly("REQUEST", "DISSATISFACTION");
        // The further answer's month runs from when the mail server received the reaction, not from the poll.
        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.DISSATISFIED_AT))
                .isEqualTo(serverReceivedDate()).isNotEqualTo(polledAt);
        assertThat(serverReceivedDate()).isBefore(polledAt);
    }

    @Test
    void samePolledTwiceBeforeFlagging_givesOneCase() throws Exception {
        String messageId = send(null, "someone." + UUID.randomUUID() + "@example.de", "Auskunft",
                "Welche Daten haben Sie über mich?", "de");
        assertThat(poller.poll().filed()).isEqualTo(1);
        RequestRecord first = filed(messageId);

        markAllUnseen();
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 1, 0, 0));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request WHERE idempotency_key = ?", Integer.class,
                "imap:" + IntakeService.sha256(messageId))).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first.caseNumber()).count())
                .isEqualTo(1);
        assertThat(unseen()).isZero();
        // Without a name in the message, the letters greet the requester without one; nothing is missing.
        assertThat(first.requester().name()).isNull();
    }

    @Test
    void unreadableMessage_isMovedToTheErrorFolder_notLost_andFilesNothing() throws Exception {
        String messageId = "<broken-" + UUID.randomUUID() + "@example.org>";
        String raw = """
                From: someone@example.org
                To: privacy@desk.test
                Subject: broken
                Message-ID: %s
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="never-there"

                This body has no part at all.
                """.formatted(messageId).replace("\n", "\r\n");
        MimeMessage broken = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
        mail.getUserManager().getUserByEmail(MAILBOX).deliver(broken);
        int requestsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class);

        // GreenMail drops the connection when asked for this message's structure: the poller cannot tell a hiccup
        // from a message the server cannot serve, so it tries twice more before setting the message aside.
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 0, 0, 1));
        assertThat(unseen()).isEqualTo(1);
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 0, 0, 1));
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 0, 1, 0));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class)).isEqualTo(requestsBefore);
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isZero();
            Folder errors = store.getFolder("privacy-desk-errors");
            errors.open(Folder.READ_ONLY);
            assertThat(errors.getMessages()).hasSize(1);
            assertThat(errors.getMessage(1).getHeader("Message-ID")).containsExactly(messageId);
        }
        // The next poll does not see it again.
        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 0, 0, 0));
    }

    @Test
    void messageTooLongForTheCaseFile_isSetAsideAtOnce() throws Exception {
        send(null, "long." + UUID.randomUUID() + "@example.org", "Long", "x".repeat(MailReader.TEXT_LIMIT + 1), null);

        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(0, 0, 1, 0));
        assertThat(unseen()).isZero();
        assertThat(errorFolderSize()).isPositive();
    }

    @Test
    void attachmentsOnly_stillBecomeARequest_pointingToTheMailbox() throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "localhost");
        smtp.put("mail.smtp.port", String.valueOf(ServerSetupTest.SMTP.getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("scan." + UUID.randomUUID() + "@example.org"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject("Scan");
        jakarta.mail.internet.MimeBodyPart pdf = new jakarta.mail.internet.MimeBodyPart();
        pdf.setContent(new byte[] {'%', 'P', 'D', 'F'}, "application/pdf");
        pdf.setDisposition(jakarta.mail.Part.ATTACHMENT);
        pdf.setFileName("letter.pdf");
        message.setContent(new jakarta.mail.internet.MimeMultipart(pdf));
        message.saveChanges();
        Transport.send(message);

        assertThat(poller.poll()).isEqualTo(new MailboxPoller.Poll(1, 0, 0, 0));
        String key = "imap:" + IntakeService.sha256(message.getMessageID());
        RequestRecord request = requests.findByIdempotencyKey(key).orElseThrow().getKey();
        assertThat(request.message()).startsWith("[This e-mail has no text. Its attachments are in the privacy mailbox");
    }

    // ---- helpers

    private int errorFolderSize() throws Exception {
        try (Store store = imap()) {
            Folder errors = store.getFolder("privacy-desk-errors");
            errors.open(Folder.READ_ONLY);
            return errors.getMessageCount();
        }
    }

    /** Sends a message to the privacy mailbox over SMTP; returns its Message-ID. */
    /** Sends a message carrying the given Authentication-Results headers, topmost first. */
    private String send(String name, String from, String subject, String text, String language,
            String... authenticationResults) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "localhost");
        smtp.put("mail.smtp.port", String.valueOf(ServerSetupTest.SMTP.getPort()));
        String messageId = "<" + UUID.randomUUID() + "@mail.example>";
        // Transport.send would give it a new Message-ID; the test needs to know the one the desk reads.
        MimeMessage message = new MimeMessage(Session.getInstance(smtp)) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from, name, "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        if (language != null) {
            message.setHeader("Content-Language", language);
        }
        for (String header : authenticationResults) {
            message.addHeader("Authentication-Results", header);
        }
        Transport.send(message);
        return messageId;
    }

    private Store imap() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("localhost", ServerSetupTest.IMAP.getPort(), "privacy", "secret");
        return store;
    }

    /** The IMAP INTERNALDATE of the (only) message in the inbox. */
    private java.util.Date serverReceivedDate() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return inbox.getMessage(1).getReceivedDate();
        }
    }

    private int unseen() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return inbox.getUnreadMessageCount();
        }
    }

    private void markAllUnseen() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), false);
            inbox.close(false);
        }
    }

    private RequestRecord filed(String messageId) {
        return requests.findByIdempotencyKey("imap:" + IntakeService.sha256(messageId)).orElseThrow().getKey();
    }

    private ProcessInstance instance(RequestRecord request) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(request.processInstanceId())
                .singleResult();
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        ProcessTestSupport.completeTask(taskService, management, instance.getId(), taskKey, variables);
    }

    private List<String> incoming(String caseNumber) {
        return correspondence.list(caseNumber).stream().filter(entry -> entry.direction() == Direction.IN)
                .map(CorrespondenceEntry::kind).toList();
    }
}
