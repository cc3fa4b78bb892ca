package com.privacydesk.intake.mail;

import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.PersonName;
import com.privacydesk.intake.Receipt;
import com.privacydesk.intake.UnclassifiedMessage;
import com.privacydesk.request.Channel;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.ContactNormaliser;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a message from the privacy mailbox becomes, in one transaction: a reply on the open case whose number its
 * subject quotes, or a new request waiting in "Classify request". Its key makes a second delivery a no-op.
 */
@Service
public class MailIntake {

    /** Case numbers have six digits or more (case 1,000,000 has seven). */
    static final Pattern CASE_NUMBER = Pattern.compile("DSR-\\d{4}-\\d{6,}");

    public enum Outcome { NEW_REQUEST, REPLY, DISSATISFACTION, MESSAGE, ALREADY_HANDLED }

    /** What happened to the message, and on which case. */
    public record Result(Outcome outcome, String caseNumber) {
    }

    private final IntakeService intake;
    private final RequestRepository requests;
    private final CorrespondenceLog correspondence;
    private final MailIntakeProperties properties;
    private final ContactNormaliser normaliser;
    private final Clock clock;

    public MailIntake(IntakeService intake, RequestRepository requests, CorrespondenceLog correspondence,
            MailIntakeProperties properties, ContactNormaliser normaliser, Clock clock) {
        this.intake = intake;
        this.requests = requests;
        this.correspondence = correspondence;
        this.properties = properties;
        this.normaliser = normaliser;
        this.clock = clock;
    }

    @Transactional
    public Result accept(InboundMail mail) {
        if (correspondence.hasIncoming(mail.key())) {
            return new Result(Outcome.ALREADY_HANDLED, null);
        }
        Optional<RequestRecord> filed = requests.findByIdempotencyKey(mail.key()).map(found -> found.getKey());
        if (filed.isPresent()) {
            return new Result(Outcome.ALREADY_HANDLED, filed.get().caseNumber());
        }
        Optional<RequestRecord> openCase = openCaseQuoted(mail.subject());
        if (openCase.isPresent()) {
            String caseNumber = openCase.get().caseNumber();
            // Case numbers are sequential: a number in the subject proves nothing about who writes. Only the case's
            // own contact may answer its question or react to its answer; anyone else's message waits for a person.
            String kind = fromTheCasesContact(openCase.get(), mail.senderEmail())
                    ? intake.attach(caseNumber, mail.text(), Channel.EMAIL, mail.key(), mail.receivedAt(),
                            mail.senderEmail())
                    : intake.keepForAPerson(caseNumber, mail.text(), Channel.EMAIL, mail.key(), mail.receivedAt(),
                            mail.senderEmail());
            return new Result(switch (kind) {
                case IntakeService.KIND_REPLY -> Outcome.REPLY;
                case IntakeService.KIND_DISSATISFACTION -> Outcome.DISSATISFACTION;
                default -> Outcome.MESSAGE;
            }, caseNumber);
        }
        Instant now = clock.instant();
        Instant receivedAt = mail.receivedAt() == null || mail.receivedAt().isAfter(now) ? now : mail.receivedAt();
        // Only the desk's own mail server can vouch for the sender (DMARC); a From line alone proves nothing.
        ChannelProof proof = mail.authenticatedSender() == null ? null
                : ChannelProof.mailDmarc(normaliser.email(mail.authenticatedSender()));
        // A display name is free text from anyone: it reaches letters only if it is a name.
        String senderName = mail.senderName() != null && PersonName.Validator.isName(mail.senderName())
                ? mail.senderName().strip() : null;
        Receipt receipt = intake.receiveUnclassified(new UnclassifiedMessage(Channel.EMAIL, senderName,
                mail.senderEmail(), mail.text(), receivedAt,
                mail.language() != null ? mail.language() : properties.language()), mail.key(), proof);
        return new Result(receipt.replayed() ? Outcome.ALREADY_HANDLED : Outcome.NEW_REQUEST, receipt.caseNumber());
    }

    /** The sender is the address the case states, or the one its channel proved (DMARC, staff). */
    private boolean fromTheCasesContact(RequestRecord request, String senderEmail) {
        String sender = senderEmail == null ? null : normaliser.email(senderEmail);
        if (sender == null) {
            return false;
        }
        String stated = request.requester() == null || request.requester().email() == null ? null
                : normaliser.email(request.requester().email());
        if (sender.equals(stated)) {
            return true;
        }
        return requests.channelProof(request.caseNumber()).map(proof -> sender.equals(proof.contact()))
                .orElse(false);
    }

    /** The first case number in the subject whose case is still open; a closed or unknown one makes a new request. */
    private Optional<RequestRecord> openCaseQuoted(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher found = CASE_NUMBER.matcher(subject);
        while (found.find()) {
            Optional<RequestRecord> request = requests.find(found.group());
            if (request.isPresent() && request.get().closedAt() == null && request.get().processInstanceId() != null) {
                return request;
            }
        }
        return Optional.empty();
    }
}
