package com.privacydesk.datamap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The headings of the register of processing activities and of the privacy policy ({@code i18n/record*.properties})
 * in each language the desk writes in. Not a Spring {@code MessageSource} bean: the web form's is injected by type.
 */
public final class RecordTexts {

    static final String BASENAME = "i18n/record";

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename(BASENAME);
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(false);
    }

    private RecordTexts() {
    }

    /** The text of {@code key} in {@code language} ("pl", "fr", ...), {@code {0}}… filled with the arguments. */
    public static String text(String language, String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    /** Every heading in {@code language}, keyed as in the files, for a template. */
    public static Map<String, String> all(String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        ResourceBundle base = ResourceBundle.getBundle(BASENAME, Locale.ROOT);
        base.keySet().stream().sorted().forEach(key -> texts.put(key, text(language, key)));
        return texts;
    }
}
