package com.privacydesk.correspondence;

/** A letter did not leave. Its message names the case and the letter, never the recipient. */
public class LetterDeliveryException extends RuntimeException {

    public LetterDeliveryException(OutgoingLetter letter, String why) {
        super("Letter " + letter.id() + " (" + letter.kind() + ") of case " + letter.caseNumber()
                + " was not delivered: " + why + ". It stays in the outbox and is retried.");
    }
}
