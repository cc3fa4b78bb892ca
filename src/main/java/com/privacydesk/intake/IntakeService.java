package com.privacydesk.intake;

import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.deadline.CaseDeadline;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.request.CaseNotWaitingException;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.CaseNumbers;
import com.privacydesk.request.Channel;
import com.privacydesk.request.InvalidRequestException;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Rights;
import com.privacydesk.request.ContactNormaliser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the requester sends in. A new request, its receipt proof and its process instance are committed
 * in one transaction, so a request is either fully accepted (and then never lost) or not at all.
 */
@Service
public class IntakeService {

    public static final String KIND_REQUEST = "REQUEST";
    public static final String KIND_REPLY = "REPLY";
    public static final String KIND_DISSATISFACTION = "DISSATISFACTION";
    /** A further message that is neither an awaited reply nor a reaction to the answer. */
    public static final String KIND_MESSAGE = "MESSAGE";

    private final RequestRepository requests;
    private final CorrespondenceLog correspondence;
    private final CaseNumbers caseNumbers;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;
    private final RuntimeService runtimeService;
    private final InformationClauses informationClauses;
    private final ContactNormaliser normaliser;
    private final Clock clock;

    public IntakeService(RequestRepository requests, CorrespondenceLog correspondence, CaseNumbers caseNumbers,
            DeadlineCalculator calculator, CaseDeadlines caseDeadlines, RuntimeService runtimeService,
            InformationClauses informationClauses, ContactNormaliser normaliser, Clock clock) {
        this.requests = requests;
        this.correspondence = correspondence;
        this.caseNumbers = caseNumbers;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
        this.runtimeService = runtimeService;
        this.informationClauses = informationClauses;
        this.normaliser = normaliser;
        this.clock = clock;
    }

    @Transactional
    public Receipt receive(NewRequest input) {
        return receive(input, null);
    }

    /**
     * Files a request once per idempotency key: a retry with the key of an accepted request returns that request's
     * receipt (marked as a replay); the same key with another body is refused. Two retries racing each other meet
     * at the unique index, and the loser's caller reads the winner's receipt with {@link #replay}.
     */
    @Transactional
    public Receipt receive(NewRequest input, String idempotencyKey) {
        return receive(input, idempotencyKey, null);
    }

    /**
     * As {@link #receive(NewRequest, String)}, recording that the channel's first layer of information was given at
     * {@code informationGivenAt} (the web form's display, the start of a call or chat). Without it: the receipt time.
     * An e-mail or a letter has no such time: its first layer is the acknowledgement, recorded when it is sent.
     */
    @Transactional
    public Receipt receive(NewRequest input, String idempotencyKey, Instant informationGivenAt) {
        return receive(input, idempotencyKey, informationGivenAt, null);
    }

    /**
     * As {@link #receive(NewRequest, String)}, filed by a logged-in member of staff who vouches for the contact the
     * channel showed them: the caller's number (PHONE), the address of the e-mail or chat they handle (EMAIL, CHAT).
     * A web form or a letter proves nothing, whoever files it.
     */
    @Transactional
    public Receipt receiveFromStaff(NewRequest input, String idempotencyKey, String staffUserId) {
        if (staffUserId == null || staffUserId.isBlank()) {
            throw new IllegalArgumentException("Only a known member of staff can vouch for a contact");
        }
        return receive(input, idempotencyKey, null, vouchedContact(input).map(contact ->
                ChannelProof.staff(contact, staffUserId)).orElse(null));
    }

    /**
     * Files a request with what its channel authenticated (null: nothing). Only trusted paths call this with a
     * proof: the mailbox after its server's DMARC check, staff filing a call or a chat.
     */
    @Transactional
    public Receipt receive(NewRequest input, String idempotencyKey, Instant informationGivenAt, ChannelProof proof) {
        String fingerprint = idempotencyKey == null ? null : fingerprint(input);
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = replay(idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Filing filing = file(input, true, idempotencyKey, fingerprint, informationGivenAt, proof);
        return start(filing);
    }

    /** The contact a member of staff can see on the channel: the e-mail or chat address, the caller's number. */
    private Optional<String> vouchedContact(NewRequest input) {
        return switch (input.channel()) {
            case EMAIL, CHAT -> Optional.ofNullable(normaliser.email(input.requester().email()));
            case PHONE -> normaliser.phone(input.requester().phone());
            case WEB_FORM, LETTER -> Optional.empty();
        };
    }

    /**
     * Files a message whose rights and requester an agent has yet to read from it (an e-mail to the privacy
     * address): the process starts in "Classify request". The key makes a message polled twice one case.
     */
    @Transactional
    public Receipt receiveUnclassified(UnclassifiedMessage input, String idempotencyKey) {
        return receiveUnclassified(input, idempotencyKey, null);
    }

    /**
     * As {@link #receiveUnclassified(UnclassifiedMessage, String)}, with what the channel authenticated: the sender
     * address when the desk's mail server found the message DMARC-aligned (null: nothing). It stays the proven
     * contact whatever address the agent then reads from the message.
     */
    @Transactional
    public Receipt receiveUnclassified(UnclassifiedMessage input, String idempotencyKey, ChannelProof proof) {
        String fingerprint = sha256(idempotencyKey);
        Optional<Receipt> earlier = replay(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        NewRequest request = new NewRequest(input.channel(), List.of(),
                new NewRequest.Requester(input.senderName(), input.senderEmail(), null, null), input.message(),
                input.language(), input.receivedAt() == null ? null : input.receivedAt().atOffset(ZoneOffset.UTC));
        return start(file(request, false, idempotencyKey, fingerprint, null, proof));
    }

    /**
     * Files a request an agent registered with the process's start form in Tasklist (a call, a chat, a letter):
     * the same filing as {@link #receive}, but into the instance that already runs. The agent who took a call saw
     * the caller's number: a PHONE request registered by a known agent proves it. A chat or an e-mail typed into
     * the form proves nothing (the agent copies what the requester wrote), a letter never.
     */
    @Transactional
    public Receipt register(NewRequest input, DelegateExecution instance, String agentUserId) {
        ChannelProof proof = input.channel() == Channel.PHONE && agentUserId != null && !agentUserId.isBlank()
                ? normaliser.phone(input.requester().phone()).map(number -> ChannelProof.staff(number, agentUserId))
                        .orElse(null)
                : null;
        Filing filing = file(input, true, null, null, null, proof);
        instance.setVariables(filing.variables());
        instance.setProcessBusinessKey(filing.request().caseNumber());
        requests.linkProcessInstance(filing.request().caseNumber(), instance.getProcessInstanceId());
        return filing.receipt();
    }

    /** A request stored with its receipt, and the variables its process instance starts with. */
    private record Filing(RequestRecord request, Map<String, Object> variables, Receipt receipt) {
    }

    private Filing file(NewRequest input, boolean classified, String idempotencyKey, String fingerprint,
            Instant informationGivenAt, ChannelProof proof) {
        Instant now = clock.instant();
        // A letter may be registered days after it arrived; the deadline runs from its real receipt.
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt().toInstant();
        if (receivedAt.isAfter(now)) {
            throw new InvalidRequestException(Map.of("receivedAt", "must not lie in the future"));
        }
        if (informationGivenAt != null && informationGivenAt.isAfter(now)) {
            throw new InvalidRequestException(Map.of("informationGivenAt", "must not lie in the future"));
        }
        if (informationGivenAt != null && (input.channel() == Channel.EMAIL || input.channel() == Channel.LETTER)) {
            throw new InvalidRequestException(Map.of("informationGivenAt", "an e-mail or a letter is given its first"
                    + " layer by the acknowledgement, recorded when that is sent"));
        }
        CaseDeadline deadline = calculator.oneMonth(receivedAt);
        String caseNumber = caseNumbers.next();
        NewRequest.Requester requester = input.requester();
        RequestRecord request = new RequestRecord(caseNumber, null, input.channel(), input.rights(),
                input.languageOrDefault(), new RequestRecord.Requester(trim(requester.name()), trim(requester.email()),
                trim(requester.phone()), trim(requester.customerNumber())), caseFileExcerpt(input.message()), receivedAt,
                deadline.deadline(), null, 0, null, null, null, null, null, null, null);
        requests.insert(request, now, idempotencyKey, fingerprint);
        if (proof != null) {
            requests.recordChannelProof(caseNumber, proof);
        }
        // A web form, chat or call gave its clause before the request came; an e-mail or a letter got none: theirs is
        // the acknowledgement, recorded when it is sent (correspondence.CaseLetters, LetterDelivery).
        informationClauses.givenAtIntake(input.channel(), request.language()).ifPresent(clause ->
                requests.recordInformationGiven(caseNumber, new InformationGiven(clause.clause(), clause.version(),
                        informationGivenAt != null ? informationGivenAt : receivedAt)));
        correspondence.recordIncoming(caseNumber, KIND_REQUEST, input.channel(), receivedAt, input.message(), null,
                input.channel() == Channel.EMAIL ? trim(requester.email()) : null);

        Map<String, Object> variables = new HashMap<>(caseDeadlines.timerVariables(deadline.deadline()));
        variables.put(RequestVariables.CASE_NUMBER, caseNumber);
        variables.put(RequestVariables.CHANNEL, input.channel().name());
        variables.put(RequestVariables.RIGHTS, Rights.format(input.rights()));
        variables.put(RequestVariables.LANGUAGE, request.language().name());
        variables.put(RequestVariables.RECEIVED_AT, Date.from(receivedAt));
        variables.put(RequestVariables.DEADLINE, deadline.deadline().toString());
        variables.put(RequestVariables.CLASSIFIED, classified);
        variables.put(RequestVariables.FURTHER_ANSWER, false);
        variables.put(RequestVariables.OVERDUE, false);
        variables.put(RequestVariables.TAKEN_OVER_BY, null);
        return new Filing(request, variables, new Receipt(caseNumber, receivedAt, deadline.deadline(), "RECEIVED", false));
    }

    private Receipt start(Filing filing) {
        String caseNumber = filing.request().caseNumber();
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(RequestProcess.KEY)
                .businessKey(caseNumber)
                .setVariables(filing.variables())
                .execute();
        requests.linkProcessInstance(caseNumber, instance.getId());
        return filing.receipt();
    }

    @Transactional(readOnly = true)
    public Optional<Receipt> replay(String idempotencyKey, String fingerprint) {
        return requests.findByIdempotencyKey(idempotencyKey).map(found -> {
            if (!found.getValue().equals(fingerprint)) {
                throw new InvalidRequestException(Map.of("Idempotency-Key",
                        "was already used for a different request"));
            }
            RequestRecord earlier = found.getKey();
            return new Receipt(earlier.caseNumber(), earlier.receivedAt(), earlier.deadline(), "RECEIVED", true);
        });
    }

    /** What makes two bodies the same request; a client's retry repeats it exactly. */
    public static String fingerprint(NewRequest input) {
        return sha256(input.toString());
    }

    /** Hex SHA-256 of a text: fingerprints and keys that must not carry the text itself (e.g. into logs). */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The requester's answer to the desk's question about their identity; kept even when nobody waits for it. */
    @Transactional
    public boolean reply(String caseNumber, String message) {
        return reply(caseNumber, message, null, null, null);
    }

    /**
     * As {@link #reply(String, String)}, from a given channel (null: the request's own), received at a given time
     * (null: now; an e-mail counts from when the mail server received it); a source key (e.g. of an e-mail) records
     * the message once however often it is delivered.
     */
    @Transactional
    public boolean reply(String caseNumber, String message, Channel channel, String sourceKey, Instant receivedAt) {
        return reply(caseNumber, message, channel, sourceKey, receivedAt, null);
    }

    private boolean reply(String caseNumber, String message, Channel channel, String sourceKey, Instant receivedAt,
            String sender) {
        RequestRecord request = requests.get(caseNumber);
        Optional<EventSubscription> waiting = waitingFor(request, RequestProcess.MESSAGE_REQUESTER_REPLIED);
        Instant now = receivedAt(receivedAt, waiting);
        correspondence.recordIncoming(caseNumber, KIND_REPLY, channel == null ? request.channel() : channel, now,
                message, sourceKey, sender);
        if (waiting.isEmpty()) {
            return false;
        }
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_REQUESTER_REPLIED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(RequestVariables.REPLIED_AT, Date.from(now))
                .correlate();
        return true;
    }

    /** The customer is not satisfied with the answer: only while the case awaits their reaction. */
    @Transactional
    public void dissatisfied(String caseNumber, String message) {
        dissatisfied(caseNumber, message, null, null, null);
    }

    @Transactional
    public void dissatisfied(String caseNumber, String message, Channel channel, String sourceKey,
            Instant receivedAt) {
        dissatisfied(caseNumber, message, channel, sourceKey, receivedAt, null);
    }

    private void dissatisfied(String caseNumber, String message, Channel channel, String sourceKey,
            Instant receivedAt, String sender) {
        RequestRecord request = requests.get(caseNumber);
        Optional<EventSubscription> waiting = waitingFor(request, RequestProcess.MESSAGE_CLIENT_DISSATISFIED);
        if (waiting.isEmpty()) {
            throw new CaseNotWaitingException(caseNumber, "a reaction to its answer");
        }
        Instant now = receivedAt(receivedAt, waiting);
        correspondence.recordIncoming(caseNumber, KIND_DISSATISFACTION, channel == null ? request.channel() : channel,
                now, message, sourceKey, sender);
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_CLIENT_DISSATISFIED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(RequestVariables.DISSATISFIED_AT, Date.from(now))
                .correlate();
    }

    /**
     * A further message on an open case whose kind the requester did not state (an e-mail quoting the case number):
     * while the desk waits for identity information it is the reply, while it waits for the customer's reaction to
     * the answer it is their dissatisfaction, otherwise it is kept in the correspondence for the handler.
     */
    @Transactional
    public String attach(String caseNumber, String message, Channel channel, String sourceKey, Instant receivedAt) {
        return attach(caseNumber, message, channel, sourceKey, receivedAt, null);
    }

    /** As above, from a sender address that is the case's stated or proven contact (recorded in the case file). */
    @Transactional
    public String attach(String caseNumber, String message, Channel channel, String sourceKey, Instant receivedAt,
            String sender) {
        RequestRecord request = requests.get(caseNumber);
        if (waitingFor(request, RequestProcess.MESSAGE_REQUESTER_REPLIED).isPresent()) {
            reply(caseNumber, message, channel, sourceKey, receivedAt, sender);
            return KIND_REPLY;
        }
        if (waitingFor(request, RequestProcess.MESSAGE_CLIENT_DISSATISFIED).isPresent()) {
            dissatisfied(caseNumber, message, channel, sourceKey, receivedAt, sender);
            return KIND_DISSATISFACTION;
        }
        return keepForAPerson(caseNumber, message, channel, sourceKey, receivedAt, sender);
    }

    /**
     * A message on the case that moves nothing: kept in the correspondence, with its sender, for the handler to read
     * (and, if it is the requester's after all, to act on). Messages from strangers quoting a case number end here.
     */
    @Transactional
    public String keepForAPerson(String caseNumber, String message, Channel channel, String sourceKey,
            Instant receivedAt, String sender) {
        correspondence.recordIncoming(caseNumber, KIND_MESSAGE, channel, receivedAt(receivedAt, Optional.empty()),
                message, sourceKey, sender);
        return KIND_MESSAGE;
    }

    /**
     * When a message counts as received: as given (an e-mail: when the mail server got it), but never in the future,
     * and never before the process began to wait for it (a message polled late still answers the latest question).
     */
    private Instant receivedAt(Instant given, Optional<EventSubscription> waiting) {
        Instant now = clock.instant();
        Instant at = given == null || given.isAfter(now) ? now : given;
        Instant since = waiting.map(subscription -> subscription.getCreated().toInstant()).orElse(at);
        return at.isBefore(since) ? since : at;
    }

    private Optional<EventSubscription> waitingFor(RequestRecord request, String message) {
        return runtimeService.createEventSubscriptionQuery()
                .eventType("message")
                .eventName(message)
                .processInstanceId(request.processInstanceId())
                .list().stream().findFirst();
    }

    /** The request table holds 20,000 characters; a longer e-mail is kept whole in the correspondence log. */
    static final int MESSAGE_LIMIT = 20000;

    private static String caseFileExcerpt(String message) {
        if (message == null || message.length() <= MESSAGE_LIMIT) {
            return message;
        }
        String note = "\n[… shortened: the full text is in the correspondence log]";
        return message.substring(0, MESSAGE_LIMIT - note.length()) + note;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
