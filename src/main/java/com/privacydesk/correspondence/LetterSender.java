package com.privacydesk.correspondence;

/** Hands a letter to the outside world; throws when it could not. */
public interface LetterSender {

    void send(OutgoingLetter letter);
}
