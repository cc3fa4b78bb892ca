package com.privacydesk.stafflanguage;

import java.util.Locale;

/**
 * The languages the desk's own staff can work in (forms, case file, filters, task names). Distinct from
 * {@link com.privacydesk.request.Language}, the customers' letters: Belgian staff work in French, for instance.
 */
public enum StaffLanguage {
    PL, EN, DE, NL, FR;

    /** English is the language of the sources (forms, diagrams); the others are translations of it. */
    public static final StaffLanguage SOURCE = EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
