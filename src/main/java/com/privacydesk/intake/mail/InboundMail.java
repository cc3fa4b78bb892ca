package com.privacydesk.intake.mail;

import com.privacydesk.request.Language;
import java.time.Instant;

/**
 * One message from the privacy mailbox, read as plain text.
 *
 * @param key        idempotency key: {@code imap:} and the SHA-256 of its Message-ID (safe to log, never personal)
 * @param receivedAt when the mail server received it: the deadline runs from then, not from the poll
 * @param language   from its Content-Language header, when the desk writes that language; else null
 * @param authenticatedSender the From address when the desk's own mail server authenticated it (DMARC pass);
 *                   null when nothing trusted vouches for it: the sender is then only what the message claims
 */
public record InboundMail(String key, String subject, String senderName, String senderEmail, String text,
        Instant receivedAt, Language language, String authenticatedSender) {
}
