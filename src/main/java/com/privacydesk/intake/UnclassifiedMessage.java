package com.privacydesk.intake;

import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import java.time.Instant;

/**
 * A message that asks something of the desk before anyone has read which rights it concerns (an e-mail to the
 * privacy address). The sender's name and address are what the message says; the agent confirms them.
 *
 * @param receivedAt when the desk's server received it (the deadline runs from then); null means now
 * @param language   a guess from the message's headers, or the mailbox's default; the agent corrects it
 */
public record UnclassifiedMessage(Channel channel, String senderName, String senderEmail, String message,
        Instant receivedAt, Language language) {
}
