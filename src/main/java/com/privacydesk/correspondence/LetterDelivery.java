package com.privacydesk.correspondence;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers letters from the outbox. Queuing starts one {@code letter-delivery} instance in the transaction that
 * wrote the letter, so a letter is delivered if and only if it was written; delivery marks it SENT in the
 * job's transaction, so a retried or re-run job finds it sent and does not send it again.
 */
@Service
public class LetterDelivery {

    public static final String PROCESS_KEY = "letter-delivery";
    public static final String LETTER_ID = "letterId";

    private final CorrespondenceLog outbox;
    private final LetterSender sender;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public LetterDelivery(CorrespondenceLog outbox, LetterSender sender, RuntimeService runtimeService, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    public void queue(long letterId, String caseNumber) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber,
                Map.of(LETTER_ID, letterId, "caseNumber", caseNumber));
    }

    @Transactional
    public void deliver(long letterId) {
        OutgoingLetter letter = outbox.outgoing(letterId);
        if (letter == null) {
            return; // already sent (or purged with its case): nothing left to do
        }
        sender.send(letter);
        outbox.markSent(letterId, clock.instant());
    }
}
