package com.privacydesk.datamap;

import java.util.List;
import java.util.Objects;

/**
 * One table of the customer-service database that holds personal data, as the record of processing activities
 * declares it (a storage entry of {@code record-of-processing.yaml}): where it is, how it leads to the data
 * subject, what it is called for the customer, and what erasure and restriction do to it.
 *
 * @param source            stable key used in results, letters and the API (e.g. "orders")
 * @param category          the category as a customer reads it (e.g. "Order history"), in every language
 * @param table             table name
 * @param idColumn          the table's primary-key column
 * @param subject           how rows lead to the data subject
 * @param erasure           erasure policy
 * @param anonymise         the columns overwritten under {@link ErasurePolicy#ANONYMISE}; under RETAIN only columns
 *                          stamped with the time of erasure (a consent marked withdrawn); empty for DELETE
 * @param legalGround       why rows are kept, in every language, under {@link ErasurePolicy#RETAIN}; null otherwise
 * @param restrictionColumn timestamp column set by restriction (Art. 18), or null when the table has none
 * @param columns           the personal-data columns, as the register lists them (may be empty in hand-built maps)
 * @param providedBySubject whether the data subject provided this data (Art. 20 portability), or we created it
 * @param activity          the activity whose storage declares the table; null in hand-built maps
 */
public record PersonalDataTable(String source, LocalisedText category, String table, String idColumn, SubjectLink subject,
                                ErasurePolicy erasure, List<Anonymisation> anonymise, LocalisedText legalGround,
                                String restrictionColumn, List<String> columns, boolean providedBySubject,
                                String activity) {

    public PersonalDataTable {
        DataMap.requireIdentifier(source, "source");
        DataMap.requireIdentifier(table, "table");
        DataMap.requireIdentifier(idColumn, "id column");
        if (category == null || category.blankInEnglish()) {
            throw new IllegalArgumentException("Source " + source + ": category is required");
        }
        Objects.requireNonNull(subject, "subject");
        if (erasure == null) {
            throw new IllegalArgumentException("Source " + source + ": an erasure policy (DELETE, ANONYMISE, RETAIN) is required");
        }
        anonymise = List.copyOf(anonymise == null ? List.of() : anonymise);
        if (erasure == ErasurePolicy.ANONYMISE && anonymise.isEmpty()) {
            throw new IllegalArgumentException("Source " + source + ": columns to anonymise are required for ANONYMISE");
        }
        // Retained rows may only be stamped with the erasure time (a consent's withdrawal), never changed otherwise:
        // they are kept as they were, as proof.
        if (erasure == ErasurePolicy.DELETE && !anonymise.isEmpty() || erasure == ErasurePolicy.RETAIN
                && anonymise.stream().anyMatch(a -> a.replacement() != Anonymisation.Replacement.ERASURE_TIME)) {
            throw new IllegalArgumentException("Source " + source + ": anonymise is for ANONYMISE; RETAIN may only set"
                    + " a column to the ERASURE_TIME");
        }
        if ((erasure == ErasurePolicy.RETAIN) == (legalGround == null || legalGround.blankInEnglish())) {
            throw new IllegalArgumentException("Source " + source + ": a legal ground is required for RETAIN and only for it");
        }
        if (restrictionColumn != null) {
            DataMap.requireIdentifier(restrictionColumn, "restriction column");
        }
        columns = List.copyOf(columns == null ? List.of() : columns);
        columns.forEach(c -> DataMap.requireIdentifier(c, "column of source " + source));
    }

    public static PersonalDataTable deleted(String source, String category, String table, SubjectLink subject) {
        return new PersonalDataTable(source, LocalisedText.same(category), table, "id", subject, ErasurePolicy.DELETE, List.of(), null, null,
                List.of(), true, null);
    }

    public static PersonalDataTable anonymised(String source, String category, String table, SubjectLink subject,
                                               Anonymisation... columns) {
        return new PersonalDataTable(source, LocalisedText.same(category), table, "id", subject, ErasurePolicy.ANONYMISE, List.of(columns),
                null, null, List.of(), true, null);
    }

    public static PersonalDataTable retained(String source, String category, String table, SubjectLink subject, String legalGround) {
        return new PersonalDataTable(source, LocalisedText.same(category), table, "id", subject, ErasurePolicy.RETAIN,
                List.of(), LocalisedText.same(legalGround),
                null, List.of(), true, null);
    }

    public PersonalDataTable restrictedBy(String column) {
        return new PersonalDataTable(source, category, table, idColumn, subject, erasure, anonymise, legalGround, column,
                columns, providedBySubject, activity);
    }

    /** Every column the map names on this table: what must exist in the database. */
    public List<String> namedColumns() {
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();
        named.add(idColumn);
        named.add(subject.column());
        named.addAll(columns);
        anonymise.forEach(a -> named.add(a.column()));
        if (restrictionColumn != null) {
            named.add(restrictionColumn);
        }
        return List.copyOf(named);
    }
}
