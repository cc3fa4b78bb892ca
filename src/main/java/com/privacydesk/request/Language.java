package com.privacydesk.request;

import java.util.Locale;

/** The languages the desk writes to customers in; the request's language chooses its letters. */
public enum Language {
    pl, en, de, nl, fr;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
