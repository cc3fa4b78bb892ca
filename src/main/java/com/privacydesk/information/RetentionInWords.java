package com.privacydesk.information;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A retention period as a clause says it: "3 years", "3 lata", "3 Jahre", "3 jaar", "3 ans"; "1 year and 6 months".
 * The forms are those a clause uses after "for"/"przez"/"… lang"/"tot"/"pendant" (nominative = accusative in each).
 */
final class RetentionInWords {

    /** Singular, then the plural forms (Polish has two: 2–4 and 5+). */
    private record Unit(String one, String few, String many) {
    }

    private record Words(Unit years, Unit months, Unit days, String and) {
    }

    private static final Map<String, Words> WORDS = Map.of(
            "en", new Words(new Unit("year", "years", "years"), new Unit("month", "months", "months"),
                    new Unit("day", "days", "days"), "and"),
            "pl", new Words(new Unit("rok", "lata", "lat"), new Unit("miesiąc", "miesiące", "miesięcy"),
                    new Unit("dzień", "dni", "dni"), "i"),
            "de", new Words(new Unit("Jahr", "Jahre", "Jahre"), new Unit("Monat", "Monate", "Monate"),
                    new Unit("Tag", "Tage", "Tage"), "und"),
            "nl", new Words(new Unit("jaar", "jaar", "jaar"), new Unit("maand", "maanden", "maanden"),
                    new Unit("dag", "dagen", "dagen"), "en"),
            "fr", new Words(new Unit("an", "ans", "ans"), new Unit("mois", "mois", "mois"),
                    new Unit("jour", "jours", "jours"), "et"));

    private RetentionInWords() {
    }

    static String of(Period period, String language) {
        Words words = WORDS.get(language);
        if (words == null) {
            throw new IllegalArgumentException("No retention wording for language " + language);
        }
        if (period.isNegative()) {
            throw new IllegalArgumentException("A retention period cannot be negative: " + period);
        }
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), words.years(), language);
        add(parts, period.getMonths(), words.months(), language);
        add(parts, period.getDays(), words.days(), language);
        if (parts.isEmpty()) {
            parts.add("0 " + words.days().many());
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + words.and() + " " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, int n, Unit unit, String language) {
        if (n > 0) {
            parts.add(n + " " + form(n, unit, language));
        }
    }

    private static String form(int n, Unit unit, String language) {
        if (n == 1) {
            return unit.one();
        }
        // Polish: 2-4, 22-24, … take the "few" form, except 12-14; everything else the "many" form.
        if ("pl".equals(language)) {
            int lastDigit = n % 10;
            int lastTwo = n % 100;
            return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? unit.few() : unit.many();
        }
        return unit.few();
    }
}
