package com.privacydesk.stafflanguage;

import com.privacydesk.request.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The same language among the customers' languages, whose texts the record of processing holds (names of
     * sources and recipients); empty for a staff language the desk does not write letters in (French).
     */
    public Optional<Language> asLetterLanguage() {
        return Arrays.stream(Language.values()).filter(language -> language.name().equals(code())).findFirst();
    }
}
