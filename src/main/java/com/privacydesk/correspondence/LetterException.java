package com.privacydesk.correspondence;

import com.privacydesk.request.Language;

/**
 * A letter could not be composed: a required value is missing or a template is broken. The message names the kind,
 * the language, the case number and what is missing, never the requester's data.
 */
public class LetterException extends RuntimeException {

    private final LetterKind kind;
    private final Language language;
    private final String caseNumber;

    public LetterException(LetterKind kind, Language language, String caseNumber, String problem) {
        super("Letter " + kind + " (" + language + ") for case " + caseNumber + " cannot be composed: " + problem);
        this.kind = kind;
        this.language = language;
        this.caseNumber = caseNumber;
    }

    public LetterKind kind() {
        return kind;
    }

    public Language language() {
        return language;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
