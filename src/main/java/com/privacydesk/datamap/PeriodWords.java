package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A retention period as a customer reads it in each language ("3 years", "3 lata", "30 Tage"): the settings give
 * ISO periods ({@code P3Y}, {@code P30D}), the record of processing and the information clauses quote them.
 */
public final class PeriodWords {

    private PeriodWords() {
    }

    /** The period in every language the desk writes in. */
    public static LocalisedText of(Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A retention period must be positive: " + period);
        }
        return LocalisedText.of(language -> words(period, language));
    }

    /** A duration of whole days, as a period of days; a part of a day is counted as a whole day. */
    public static LocalisedText of(Duration duration) {
        long days = Math.max(1, (duration.toHours() + 23) / 24);
        return of(Period.ofDays(Math.toIntExact(days)));
    }

    static String words(Period period, Language language) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(unit(period.getYears(), Unit.YEAR, language));
        }
        if (period.getMonths() > 0) {
            parts.add(unit(period.getMonths(), Unit.MONTH, language));
        }
        if (period.getDays() > 0) {
            parts.add(unit(period.getDays(), Unit.DAY, language));
        }
        String and = switch (language) {
            case en -> " and ";
            case pl -> " i ";
            case de -> " und ";
            case nl -> " en ";
            case fr -> " et ";
        };
        // "1 year, 2 months and 1 day": commas between, the language's "and" before the last.
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }

    private enum Unit { YEAR, MONTH, DAY }

    private static String unit(int n, Unit unit, Language language) {
        return n + " " + switch (language) {
            case en -> switch (unit) {
                case YEAR -> n == 1 ? "year" : "years";
                case MONTH -> n == 1 ? "month" : "months";
                case DAY -> n == 1 ? "day" : "days";
            };
            case pl -> polish(n, unit);
            case de -> switch (unit) {
                case YEAR -> n == 1 ? "Jahr" : "Jahre";
                case MONTH -> n == 1 ? "Monat" : "Monate";
                case DAY -> n == 1 ? "Tag" : "Tage";
            };
            case nl -> switch (unit) {
                case YEAR -> "jaar";
                case MONTH -> n == 1 ? "maand" : "maanden";
                case DAY -> n == 1 ? "dag" : "dagen";
            };
            case fr -> switch (unit) {
                case YEAR -> n == 1 ? "an" : "ans";
                case MONTH -> "mois";
                case DAY -> n == 1 ? "jour" : "jours";
            };
        };
    }

    /** Polish: 1 rok, 2–4 lata (but 12–14 lat), otherwise lat; the same pattern for months and days. */
    private static String polish(int n, Unit unit) {
        boolean few = n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
        return switch (unit) {
            case YEAR -> n == 1 ? "rok" : few ? "lata" : "lat";
            case MONTH -> n == 1 ? "miesiąc" : few ? "miesiące" : "miesięcy";
            case DAY -> n == 1 ? "dzień" : "dni";
        };
    }
}
