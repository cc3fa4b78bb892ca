package com.privacydesk.stafflanguage;

import com.privacydesk.datamap.LocalisedText;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff's texts outside the forms ({@code i18n/staff*.properties}): filter names, task names, case file,
 * letter preview and error pages, in the configured staff language. A key missing in a language is an error in
 * {@code StaffTextsTest}, never a silent English fallback.
 */
@Component
public class StaffTexts {

    static final String BASENAME = "i18n/staff";

    private final StaffLanguage language;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public StaffTexts(StaffLanguageProperties properties) {
        this.language = properties.staffLanguage();
        messages.setBasename(BASENAME);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(false);
    }

    public StaffLanguage language() {
        return language;
    }

    /** The text of {@code key} in the staff language, {@code {0}}… filled with the arguments. */
    public String text(String key, Object... arguments) {
        return text(language, key, arguments);
    }

    public String text(StaffLanguage in, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale(in));
    }

    /** Staff texts in English, the language of the sources: for callers that have no configured language. */
    public static StaffTexts source() {
        return Source.TEXTS;
    }

    /** Loaded on first use only: a started application works with the bean in its configured language. */
    private static final class Source {
        static final StaffTexts TEXTS = new StaffTexts(new StaffLanguageProperties(StaffLanguage.SOURCE));
    }

    /**
     * A text of the record of processing or data map (a source's name, a category) in the staff language; English
     * where it has none (it has no French).
     */
    public String of(LocalisedText text) {
        return language.asLetterLanguage().filter(in -> !text.missing().contains(in)).map(text::in).orElse(text.en());
    }

    /** The text of {@code key} in the staff language, if the desk has one (task names of unknown diagrams have none). */
    public Optional<String> find(String key) {
        return Optional.ofNullable(messages.getMessage(key, null, null, locale(language)));
    }

    /** English is the base bundle (staff.properties), so that an unknown locale never finds the system's. */
    private static Locale locale(StaffLanguage language) {
        return language == StaffLanguage.SOURCE ? Locale.ROOT : language.locale();
    }
}
