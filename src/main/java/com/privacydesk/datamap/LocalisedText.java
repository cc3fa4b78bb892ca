package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * A text of the record of processing that customers read (a purpose, a data category, a recipient, a retention
 * period, a legal ground), in every language the desk writes in. In YAML it is a map {@code {en: …, pl: …, de: …,
 * nl: …, fr: …}}; a plain string binds as English only and is then refused by {@link CustomerTexts#verify} naming the
 * activity and field, so no German letter quietly prints an English purpose.
 */
public record LocalisedText(String en, String pl, String de, String nl, String fr) {

    /** What a plain YAML string binds to: the English text, the others still to be written. */
    public static LocalisedText english(String en) {
        return new LocalisedText(en, null, null, null, null);
    }

    /** One text for every language: for names that need no translation and for hand-built test maps. */
    public static LocalisedText same(String text) {
        return new LocalisedText(text, text, text, text, text);
    }

    /** The text in {@code language}; every text of a started application has all five (checked at start-up). */
    public String in(Language language) {
        String text = raw(language);
        if (blank(text)) {
            throw new IllegalStateException("No " + language + " text for \"" + en + "\" in the record of processing");
        }
        return text;
    }

    /** The languages this text lacks, in the desk's order. */
    public List<Language> missing() {
        List<Language> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            if (blank(raw(language))) {
                missing.add(language);
            }
        }
        return missing;
    }

    public boolean blankInEnglish() {
        return blank(en);
    }

    private String raw(Language language) {
        return switch (language) {
            case en -> en;
            case pl -> pl;
            case de -> de;
            case nl -> nl;
            case fr -> fr;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public static List<String> in(List<LocalisedText> texts, Language language) {
        return texts.stream().map(t -> t.in(language)).toList();
    }
}
