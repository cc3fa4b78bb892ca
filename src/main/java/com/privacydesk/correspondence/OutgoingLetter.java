package com.privacydesk.correspondence;

import java.util.List;

/** A letter from the outbox, ready to leave: {@code messageId} is the same on every attempt. */
public record OutgoingLetter(long id, String caseNumber, String kind, String recipient, String subject, String body,
        List<Attachment> attachments) {

    /** A file that travels with the letter: the access or portability package of the answer. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    public OutgoingLetter {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Stable across retries, so a receiving system can recognise a copy sent twice after a crash. */
    public String messageId() {
        return "<letter-" + id + "." + caseNumber + "@privacy-desk>";
    }
}
