package com.privacydesk.correspondence;

import com.privacydesk.request.Language;

/**
 * The texts of the information duty that travel with the desk's letters (GDPR Art. 12(1), 13): the first layer on how
 * the desk uses a request's data, printed in every acknowledgement, and the e-mail footer, appended to every e-mail
 * to a data subject. Written by {@code information.InformationClauses}; declared here so that letters depend on what
 * they print, not on how the clauses are rendered.
 */
public interface LetterInformation {

    /** The short first layer on handling the request: who, why, basis, retention, rights, the full policy. */
    Clause requestHandling(Language language);

    /** The footer of the desk's e-mails. */
    Clause emailFooter(Language language);

    /**
     * One clause as given: its key (the information clause's channel name), its text and its version (SHA-256 of the
     * text), so the record can say which text a requester received.
     */
    record Clause(String key, String text, String version) {
    }
}
