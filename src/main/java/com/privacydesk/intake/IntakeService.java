package com.privacydesk.intake;

import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.deadline.CaseDeadline;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.request.Channel;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.CaseNumbers;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Rights;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
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

    private final RequestRepository requests;
    private final CorrespondenceLog correspondence;
    private final CaseNumbers caseNumbers;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;
    private final RuntimeService runtimeService;
    private final InformationClauses informationClauses;
    private final Clock clock;

    public IntakeService(RequestRepository requests, CorrespondenceLog correspondence, CaseNumbers caseNumbers,
            DeadlineCalculator calculator, CaseDeadlines caseDeadlines, RuntimeService runtimeService,
            InformationClauses informationClauses, Clock clock) {
        this.requests = requests;
        this.correspondence = correspondence;
        this.caseNumbers = caseNumbers;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
        this.runtimeService = runtimeService;
        this.informationClauses = informationClauses;
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
     * {@code informationGivenAt} (the web form's display, the start of a call or chat). Without it: the receipt time,
     * and for a letter the time of filing, since its first layer is the acknowledgement letter sent right after.
     */
    @Transactional
    public Receipt receive(NewRequest input, String idempotencyKey, Instant informationGivenAt) {
        String fingerprint = idempotencyKey == null ? null : fingerprint(input);
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = replay(idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        // A letter may be registered days after it arrived; the deadline runs from its real receipt.
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt().toInstant();
        if (receivedAt.isAfter(now)) {
            throw new InvalidRequestException(Map.of("receivedAt", "must not lie in the future"));
        }
        if (informationGivenAt != null && informationGivenAt.isAfter(now)) {
            throw new InvalidRequestException(Map.of("informationGivenAt", "must not lie in the future"));
        }
        CaseDeadline deadline = calculator.oneMonth(receivedAt);
        String caseNumber = caseNumbers.next();
        NewRequest.Requester requester = input.requester();
        RequestRecord request = new RequestRecord(caseNumber, null, input.channel(), input.rights(),
                input.languageOrDefault(), new RequestRecord.Requester(trim(requester.name()), trim(requester.email()),
                trim(requester.phone()), trim(requester.customerNumber())), input.message(), receivedAt,
                deadline.deadline(), null, 0, null, null, null, null, null, null);
        requests.insert(request, now, idempotencyKey, fingerprint);
        InformationClauses.Given clause = informationClauses.givenFor(input.channel(), request.language());
        Instant givenAt = informationGivenAt != null ? informationGivenAt
                : input.channel() == Channel.LETTER ? now : receivedAt;
        requests.recordInformationGiven(caseNumber, new InformationGiven(clause.clause(), clause.version(), givenAt));
        correspondence.recordIncoming(caseNumber, KIND_REQUEST, input.channel(), receivedAt, input.message());

        Map<String, Object> variables = new HashMap<>(caseDeadlines.timerVariables(deadline.deadline()));
        variables.put(RequestVariables.CASE_NUMBER, caseNumber);
        variables.put(RequestVariables.CHANNEL, input.channel().name());
        variables.put(RequestVariables.RIGHTS, Rights.format(input.rights()));
        variables.put(RequestVariables.LANGUAGE, request.language().name());
        variables.put(RequestVariables.RECEIVED_AT, Date.from(receivedAt));
        variables.put(RequestVariables.DEADLINE, deadline.deadline().toString());
        variables.put(RequestVariables.RESUME_AT, RequestVariables.ResumeAt.NEW.name());
        variables.put(RequestVariables.FURTHER_ANSWER, false);
        variables.put(RequestVariables.OVERDUE, false);
        variables.put(RequestVariables.HANDLER_GROUP, RequestProcess.GROUP_AGENTS);
        variables.put(RequestVariables.TAKEN_OVER_BY, null);
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(RequestProcess.KEY)
                .businessKey(caseNumber)
                .setVariables(variables)
                .execute();
        requests.linkProcessInstance(caseNumber, instance.getId());
        return new Receipt(caseNumber, receivedAt, deadline.deadline(), "RECEIVED", false);
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The requester's answer to the desk's question about their identity; kept even when nobody waits for it. */
    @Transactional
    public boolean reply(String caseNumber, String message) {
        RequestRecord request = requests.get(caseNumber);
        Instant now = clock.instant();
        correspondence.recordIncoming(caseNumber, KIND_REPLY, request.channel(), now, message);
        if (!waitsFor(request, RequestProcess.MESSAGE_REQUESTER_REPLIED)) {
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
        RequestRecord request = requests.get(caseNumber);
        if (!waitsFor(request, RequestProcess.MESSAGE_CLIENT_DISSATISFIED)) {
            throw new CaseNotWaitingException(caseNumber, "a reaction to its answer");
        }
        Instant now = clock.instant();
        correspondence.recordIncoming(caseNumber, KIND_DISSATISFACTION, request.channel(), now, message);
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_CLIENT_DISSATISFIED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(RequestVariables.DISSATISFIED_AT, Date.from(now))
                .correlate();
    }

    private boolean waitsFor(RequestRecord request, String message) {
        return runtimeService.createEventSubscriptionQuery()
                .eventType("message")
                .eventName(message)
                .processInstanceId(request.processInstanceId())
                .count() > 0;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
