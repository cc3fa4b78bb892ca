package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Start-up check of the texts of the record of processing that customers read in access letters and packages:
 * each must exist in every language the desk writes in (pl, en, de, nl, fr), every column the data map names needs a
 * label, and the legal basis must cite the same point of Art. 6(1) in each language, the way that language's law
 * texts write it. Every fault names activity and field (or column).
 */
public final class CustomerTexts {

    private static final Pattern ENGLISH_BASIS = Pattern.compile("Art\\. 6\\(1\\)\\(([a-f])\\).*");

    private CustomerTexts() {
    }

    public static void verify(RecordOfProcessing record, DataMap map) {
        List<String> faults = new ArrayList<>();
        java.util.Map<String, LocalisedText> labels = new java.util.HashMap<>();
        for (ColumnLabel l : record.columnLabels()) {
            if (labels.put(l.column(), l.label()) != null) {
                faults.add("column-labels: " + l.column() + " is labelled twice");
            }
            check(faults, "column-labels, " + l.column(), l.label());
        }
        for (PersonalDataTable t : map.tables()) {
            for (String column : t.namedColumns()) {
                // Keys that only link rows are never shown to the customer.
                if (!column.equals(t.idColumn()) && !column.equals(t.subject().column()) && !labels.containsKey(column)) {
                    faults.add((t.activity() == null ? "" : "activity " + t.activity() + ", ") + "storage " + t.source()
                            + ", column " + column + ": no label in column-labels");
                }
            }
        }
        for (Recipient r : record.recipients()) {
            check(faults, "recipient " + r.id() + ", name", r.name());
        }
        for (ProcessingActivity a : record.activities()) {
            String where = "activity " + a.id() + ", ";
            check(faults, where + "purpose", a.purpose());
            check(faults, where + "legal-basis", a.legalBasis());
            legalBasis(faults, where + "legal-basis", a.legalBasis());
            list(faults, where + "data-categories", a.dataCategories());
            check(faults, where + "origin", a.origin());
            check(faults, where + "retention", a.retention());
            for (Storage s : a.storage()) {
                if (s.category() != null) {
                    check(faults, where + "storage " + s.source() + ", category", s.category());
                }
                if (s.erasure() != null && s.erasure().legalGround() != null) {
                    check(faults, where + "storage " + s.source() + ", legal-ground", s.erasure().legalGround());
                }
            }
        }
        for (ManualSource m : record.manualSources()) {
            check(faults, "manual source " + m.id() + ", name", m.name());
        }
        if (!faults.isEmpty()) {
            throw new InvalidDataMapException("Record of processing: customer-facing texts need en, pl, de, nl and fr: "
                    + String.join("; ", faults));
        }
    }

    /** The citation of Art. 6(1) point {@code letter} as the law of each language writes it. */
    static String citation(Language language, String letter) {
        return switch (language) {
            case en -> "Art. 6(1)(" + letter + ") GDPR";
            case pl -> "Art. 6 ust. 1 lit. " + letter + " RODO";
            case de -> "Art. 6 Abs. 1 lit. " + letter + " DSGVO";
            case nl -> "art. 6 lid 1 onder " + letter + " AVG";
            case fr -> "art. 6, paragraphe 1, point " + letter + "), du RGPD";
        };
    }

    private static void legalBasis(List<String> faults, String where, LocalisedText basis) {
        Matcher english = ENGLISH_BASIS.matcher(basis.en() == null ? "" : basis.en());
        if (!english.matches()) {
            faults.add(where + ": en must cite Art. 6(1)(a) to (f)");
            return;
        }
        String letter = english.group(1);
        for (Language language : List.of(Language.pl, Language.de, Language.nl, Language.fr)) {
            if (!basis.missing().contains(language)) {
                String text = basis.in(language).toLowerCase(Locale.ROOT);
                String cited = citation(language, letter);
                if (!comparable(text).contains(comparable(cited.toLowerCase(Locale.ROOT)))) {
                    faults.add(where + ": " + language + " must cite \"" + cited + "\" like the en text");
                }
            }
        }
    }

    // French writes "point b), du RGPD" (EU style) or "point b) du RGPD"; both cite the same point.
    private static String comparable(String citation) {
        return citation.replace("), du ", ") du ");
    }

    private static void list(List<String> faults, String where, List<LocalisedText> texts) {
        for (int i = 0; i < texts.size(); i++) {
            check(faults, where + "[" + i + "]", texts.get(i));
        }
    }

    private static void check(List<String> faults, String where, LocalisedText text) {
        List<Language> missing = text.missing();
        if (!missing.isEmpty()) {
            faults.add(where + (text.blankInEnglish() ? "" : " (\"" + text.en() + "\")") + ": no text in "
                    + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
