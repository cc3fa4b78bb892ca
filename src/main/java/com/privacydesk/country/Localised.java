package com.privacydesk.country;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One text in several languages, keyed by ISO 639-1 code (pl, en, de, nl, fr). A language without its own text
 * falls back to the profile's first letter language, so a missing translation never leaves a gap in a letter.
 */
public final class Localised {

    private final Map<String, String> texts;
    private final List<String> fallbacks;

    Localised(Map<String, String> texts, List<String> fallbacks) {
        this.texts = Map.copyOf(Objects.requireNonNull(texts, "texts"));
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** The text in that language, else in the first fallback language that has one. */
    public String in(String language) {
        String text = texts.get(language);
        if (text != null) {
            return text;
        }
        for (String fallback : fallbacks) {
            if (texts.containsKey(fallback)) {
                return texts.get(fallback);
            }
        }
        throw new IllegalStateException("No text in " + language + " nor in " + fallbacks);
    }

    /** Whether the language has a text of its own (not a fallback). */
    public boolean has(String language) {
        return texts.containsKey(language);
    }

    public Map<String, String> all() {
        return new LinkedHashMap<>(texts);
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
