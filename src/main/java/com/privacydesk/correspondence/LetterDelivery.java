package com.privacydesk.correspondence;

import com.privacydesk.request.DeliveryState;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.RequestRepository;
import java.time.Instant;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    /** Commits the SENDING mark on its own, before the letter leaves. */
    private final TransactionTemplate separately;
    private final PackageLinks links;
    private final RequestRepository requests;

    public LetterDelivery(CorrespondenceLog outbox, LetterSender sender, RuntimeService runtimeService, Clock clock,
            PlatformTransactionManager transactions, PackageLinks links, RequestRepository requests) {
        this.links = links;
        this.requests = requests;
        this.outbox = outbox;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = sender;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    public void queue(long letterId, String caseNumber) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber,
                Map.of(LETTER_ID, letterId, "caseNumber", caseNumber));
    }

    /**
     * Sends a letter at most once. SENDING is committed before the letter is handed over; if the job's own
     * transaction then dies (database gone, node killed), the retry finds SENDING and raises an incident for a
     * person to check the mail server's log, instead of sending a second copy. A refusal by the mail server puts
     * the letter back to QUEUED, so the retry sends it.
     */
    @Transactional
    public void deliver(long letterId) {
        OutgoingLetter letter = outbox.outgoing(letterId);
        if (letter == null) {
            return; // already sent (or purged with its case): nothing left to do
        }
        // The download links' tokens are drawn here and committed with the SENDING mark, so a link in a letter that
        // left always works; the letter's record keeps the placeholders, never a token.
        String[] body = new String[1];
        boolean claimed = Boolean.TRUE.equals(separately.execute(status -> {
            if (!outbox.transition(letterId, DeliveryState.QUEUED, DeliveryState.SENDING)) {
                return false;
            }
            body[0] = links.issue(letterId, letter.caseNumber(), letter.kind(), letter.body());
            return true;
        }));
        if (!claimed) {
            throw new LetterDeliveryException(letter, "an earlier attempt was interrupted after handing it to the "
                    + "mail server, so it may have been sent. Check the mail server's log for Message-ID "
                    + letter.messageId() + ", then settle it with POST /api/letters/" + letterId
                    + "/delivery-state {\"state\":\"SENT\"} or {\"state\":\"QUEUED\"} to send it again");
        }
        try {
            sender.send(new OutgoingLetter(letter.id(), letter.caseNumber(), letter.kind(), letter.recipient(),
                    letter.subject(), body[0], letter.attachments()));
        } catch (RuntimeException refused) {
            separately.executeWithoutResult(status -> {
                outbox.transition(letterId, DeliveryState.SENDING, DeliveryState.QUEUED);
                links.revokeUnsent(letterId);
            });
            throw refused;
        }
        sent(letterId, letter.caseNumber());
    }

    /**
     * Marks the letter sent, and the information clause it carries as given now: an e-mailed request's first layer
     * is its acknowledgement, given when that leaves, not when the request arrived.
     */
    private void sent(long letterId, String caseNumber) {
        Instant at = clock.instant();
        outbox.markSent(letterId, at);
        outbox.carriedInformation(letterId).ifPresent(clause -> requests.recordInformationGiven(caseNumber,
                new InformationGiven(clause.key(), clause.version(), at)));
    }

    /** A person's verdict on a letter left SENDING: it did reach the mail server (SENT), or send it again. */
    @Transactional
    public void settle(long letterId, DeliveryState verdict) {
        if (verdict != DeliveryState.SENT && verdict != DeliveryState.QUEUED) {
            throw new IllegalArgumentException("state must be SENT or QUEUED");
        }
        String caseNumber = outbox.caseOf(letterId);
        if (caseNumber == null) {
            throw new IllegalArgumentException("no such letter");
        }
        if (verdict == DeliveryState.SENT) {
            sent(letterId, caseNumber);
        } else if (!outbox.transition(letterId, DeliveryState.SENDING, DeliveryState.QUEUED)) {
            throw new IllegalArgumentException("only a letter left SENDING can be queued again");
        }
    }
}
