package com.privacydesk.datamap;

import java.util.List;
import java.util.Objects;

/**
 * One table of the customer-service database that holds personal data: where it is, how it leads to the data
 * subject, what it is called for the customer, and what erasure and restriction do to it. A record of processing
 * activities (data-map issue) can produce exactly these values from YAML.
 *
 * @param source            stable key used in results, letters and the API (e.g. "orders")
 * @param category          the category as a customer reads it (e.g. "Order history")
 * @param table             table name
 * @param idColumn          the table's primary-key column
 * @param subject           how rows lead to the data subject
 * @param erasure           erasure policy
 * @param anonymise         the columns overwritten under {@link ErasurePolicy#ANONYMISE}; empty otherwise
 * @param legalGround       why rows are kept under {@link ErasurePolicy#RETAIN}; null otherwise
 * @param restrictionColumn timestamp column set by restriction (Art. 18), or null when the table has none
 */
public record PersonalDataTable(String source, String category, String table, String idColumn, SubjectLink subject,
                                ErasurePolicy erasure, List<Anonymisation> anonymise, String legalGround,
                                String restrictionColumn) {

    public PersonalDataTable {
        DataMap.requireIdentifier(source, "source");
        DataMap.requireIdentifier(table, "table");
        DataMap.requireIdentifier(idColumn, "id column");
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("Source " + source + ": category is required");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(erasure, "erasure");
        anonymise = List.copyOf(anonymise == null ? List.of() : anonymise);
        if ((erasure == ErasurePolicy.ANONYMISE) == anonymise.isEmpty()) {
            throw new IllegalArgumentException("Source " + source + ": columns to anonymise are required for ANONYMISE and only for it");
        }
        if ((erasure == ErasurePolicy.RETAIN) == (legalGround == null || legalGround.isBlank())) {
            throw new IllegalArgumentException("Source " + source + ": a legal ground is required for RETAIN and only for it");
        }
        if (restrictionColumn != null) {
            DataMap.requireIdentifier(restrictionColumn, "restriction column");
        }
    }

    public static PersonalDataTable deleted(String source, String category, String table, SubjectLink subject) {
        return new PersonalDataTable(source, category, table, "id", subject, ErasurePolicy.DELETE, List.of(), null, null);
    }

    public static PersonalDataTable anonymised(String source, String category, String table, SubjectLink subject,
                                               Anonymisation... columns) {
        return new PersonalDataTable(source, category, table, "id", subject, ErasurePolicy.ANONYMISE, List.of(columns), null, null);
    }

    public static PersonalDataTable retained(String source, String category, String table, SubjectLink subject, String legalGround) {
        return new PersonalDataTable(source, category, table, "id", subject, ErasurePolicy.RETAIN, List.of(), legalGround, null);
    }

    public PersonalDataTable restrictedBy(String column) {
        return new PersonalDataTable(source, category, table, idColumn, subject, erasure, anonymise, legalGround, column);
    }
}
