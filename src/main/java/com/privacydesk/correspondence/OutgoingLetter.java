package com.privacydesk.correspondence;

/** A letter from the outbox, ready to leave: {@code messageId} is the same on every attempt. */
public record OutgoingLetter(long id, String caseNumber, String kind, String recipient, String subject, String body) {

    /** Stable across retries, so a receiving system can recognise a copy sent twice after a crash. */
    public String messageId() {
        return "<letter-" + id + "." + caseNumber + "@privacy-desk>";
    }
}
