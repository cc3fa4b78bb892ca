package com.privacydesk.datamap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the customer-service database keeps personal data, built from the record of processing activities
 * ({@link #from}): lookup, access and portability packages, erasure and restriction iterate over {@link #tables()}
 * and know no table of their own. Table and column names in SQL come only from here, are checked to be plain
 * identifiers, and at start-up to exist in the database ({@link DataMapSchemaCheck}), so no input reaches SQL text.
 * <p>
 * Order matters: parents are listed before the tables that lead to the subject through them; erasure works through
 * the list backwards so children go first.
 */
public class DataMap {

    /** The parameter every subject condition binds. */
    public static final String CUSTOMER_ID = "customerId";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final List<PersonalDataTable> tables;
    private final Map<String, PersonalDataTable> bySource = new LinkedHashMap<>();

    public DataMap(List<PersonalDataTable> tables) {
        this.tables = List.copyOf(tables);
        Set<String> tableNames = new HashSet<>();
        for (PersonalDataTable t : this.tables) {
            if (bySource.putIfAbsent(t.source(), t) != null) {
                throw new InvalidDataMapException(where(t) + "source " + t.source() + " is declared twice");
            }
            if (!tableNames.add(t.table())) {
                throw new InvalidDataMapException(where(t) + "table " + t.table() + " is declared twice");
            }
            SubjectLink link = t.subject();
            if (!link.direct()) {
                PersonalDataTable parent = bySource.get(link.parentSource());
                if (parent == null || parent == t) {
                    throw new InvalidDataMapException(where(t) + "source " + t.source() + " leads to the subject through "
                            + link.parentSource() + ", which must be declared before it");
                }
                if (parent.erasure() == ErasurePolicy.DELETE && t.erasure() != ErasurePolicy.DELETE) {
                    throw new InvalidDataMapException(where(t) + "source " + t.source()
                            + " would outlive its deleted parent " + parent.source());
                }
            }
        }
        if (this.tables.stream().noneMatch(t -> t.restrictionColumn() != null)) {
            throw new InvalidDataMapException("Data map: no table records a restriction (Art. 18)");
        }
    }

    /**
     * The data map the record of processing declares: one table per storage definition, in the order of the
     * file. Every fault names the activity and the source or table; customer-facing texts must exist in every
     * language ({@link CustomerTexts}).
     */
    public static DataMap from(RecordOfProcessing record) {
        List<PersonalDataTable> tables = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        for (ProcessingActivity activity : record.activities()) {
            for (Storage storage : activity.storage()) {
                if (storage.definition()) {
                    tables.add(table(activity, storage));
                    defined.add(storage.source());
                } else if (storage.category() != null || storage.erasure() != null || storage.subjectColumn() != null
                        || storage.via() != null) {
                    throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ", storage "
                            + storage.source() + ": refers to a table defined elsewhere (no table:), so it may not"
                            + " define category, subject or erasure; define them where the table is, or add table:");
                }
            }
        }
        for (ProcessingActivity activity : record.activities()) {
            for (Storage storage : activity.storage()) {
                if (!storage.definition() && !defined.contains(storage.source())) {
                    throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ", storage "
                            + storage.source() + ": no activity defines this source (with table:, subject and erasure)");
                }
            }
        }
        Set<String> activityIds = new HashSet<>();
        record.activities().forEach(a -> {
            if (!activityIds.add(a.id())) {
                throw new InvalidDataMapException("Record of processing: activity " + a.id() + " is declared twice");
            }
        });
        Set<String> manualIds = new HashSet<>();
        for (ManualSource m : record.manualSources()) {
            if (!manualIds.add(m.id())) {
                throw new InvalidDataMapException("Record of processing: manual source " + m.id() + " is declared twice");
            }
            m.activities().stream().filter(a -> !activityIds.contains(a)).findFirst().ifPresent(a -> {
                throw new InvalidDataMapException("Record of processing, manual source " + m.id()
                        + ": unknown activity " + a);
            });
        }
        DataMap map = new DataMap(tables);
        CustomerTexts.verify(record, map);
        return map;
    }

    private static PersonalDataTable table(ProcessingActivity activity, Storage s) {
        String where = "Record of processing, activity " + activity.id() + ", storage " + s.source() + " (table "
                + s.table() + "): ";
        try {
            if ((s.subjectColumn() == null) == (s.via() == null)) {
                throw new IllegalArgumentException("give either subject-column (the column holding the customer id)"
                        + " or via (column + parent source), not both");
            }
            if (s.erasure() == null) {
                throw new IllegalArgumentException("an erasure policy (DELETE, ANONYMISE, RETAIN) is required");
            }
            if (s.columns() == null || s.columns().isEmpty()) {
                throw new IllegalArgumentException("list the personal-data columns (columns:)");
            }
            SubjectLink link = s.via() == null ? SubjectLink.customerId(s.subjectColumn())
                    : SubjectLink.via(s.via().column(), s.via().parent());
            return new PersonalDataTable(s.source(), s.category(), s.table(), s.idColumn() == null ? "id" : s.idColumn(),
                    link, s.erasure().policy(), s.erasure().anonymise(), s.erasure().legalGround(), s.restrictionColumn(),
                    s.columns(), s.provided() == null || s.provided(), activity.id());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidDataMapException(where + e.getMessage(), e);
        }
    }

    private static String where(PersonalDataTable t) {
        return t.activity() == null ? "Data map: " : "Record of processing, activity " + t.activity() + ": ";
    }

    /** The mapped tables, parents first. */
    public List<PersonalDataTable> tables() {
        return tables;
    }

    public PersonalDataTable source(String source) {
        PersonalDataTable t = bySource.get(source);
        if (t == null) {
            throw new IllegalArgumentException("Data map: unknown source " + source);
        }
        return t;
    }

    /** The table mapped as {@code source}, if the map still has it (stored outcomes may predate a change). */
    public java.util.Optional<PersonalDataTable> find(String source) {
        return java.util.Optional.ofNullable(bySource.get(source));
    }

    /** SQL condition selecting the subject's rows of {@code t}, binding {@code :customerId}. */
    public String subjectCondition(PersonalDataTable t) {
        SubjectLink link = t.subject();
        if (link.direct()) {
            return link.column() + " = :" + CUSTOMER_ID;
        }
        PersonalDataTable parent = source(link.parentSource());
        return link.column() + " IN (SELECT " + parent.idColumn() + " FROM " + parent.table()
                + " WHERE " + subjectCondition(parent) + ")";
    }

    static String requireIdentifier(String name, String what) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a plain lower-case identifier");
        }
        return name;
    }
}
