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
    private final Map<String, Objection> objections;
    private final Map<String, String> callColumns;

    public DataMap(List<PersonalDataTable> tables) {
        this(tables, Map.of());
    }

    /** @param objections what an objection does, per source (sources of activities it does not reach have none) */
    public DataMap(List<PersonalDataTable> tables, Map<String, Objection> objections) {
        this(tables, objections, Map.of());
    }

    /** @param callColumns per source, the column holding the telephony system's call id (see {@link #byCall}) */
    public DataMap(List<PersonalDataTable> tables, Map<String, Objection> objections, Map<String, String> callColumns) {
        this.tables = List.copyOf(tables);
        this.objections = Map.copyOf(objections);
        this.callColumns = Map.copyOf(callColumns);
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
        Map<String, Objection> objections = new LinkedHashMap<>();
        Map<String, String> callColumns = new LinkedHashMap<>();
        Set<String> defined = new HashSet<>();
        for (ProcessingActivity activity : record.activities()) {
            for (Storage storage : activity.storage()) {
                if (storage.definition()) {
                    tables.add(table(activity, storage));
                    defined.add(storage.source());
                    if (storage.objection() != null) {
                        objections.put(storage.source(), objection(activity, storage));
                    }
                    if (storage.callColumn() != null) {
                        if (storage.objection() == null || storage.columns() == null
                                || !storage.columns().contains(storage.callColumn())) {
                            throw new InvalidDataMapException("Record of processing, activity " + activity.id()
                                    + ", storage " + storage.source() + ": call-column must be one of columns, and the"
                                    + " storage needs objection: (what a withdrawal or objection for a call does)");
                        }
                        callColumns.put(storage.source(), requireIdentifier(storage.callColumn(), "call column"));
                    }
                } else if (storage.category() != null || storage.erasure() != null || storage.subjectColumn() != null
                        || storage.via() != null || storage.callColumn() != null) {
                    throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ", storage "
                            + storage.source() + ": refers to a table defined elsewhere (no table:), so it may not"
                            + " define category, subject or erasure; define them where the table is, or add table:");
                }
            }
        }
        Set<String> recipientIds = new HashSet<>();
        for (Recipient r : record.recipients()) {
            if (!recipientIds.add(r.id())) {
                throw new InvalidDataMapException("Record of processing: recipient " + r.id() + " is declared twice");
            }
            if (r.notifiable() && r.notifyEmail() == null && r.notifyGroup() == null) {
                throw new InvalidDataMapException("Record of processing, recipient " + r.id() + ": give notify-email"
                        + " or notify-group, so that a rectification, erasure or restriction reaches it (Art. 19)");
            }
        }
        for (ProcessingActivity activity : record.activities()) {
            activity.recipients().stream().filter(id -> !recipientIds.contains(id)).findFirst().ifPresent(id -> {
                throw new InvalidDataMapException("Record of processing, activity " + activity.id()
                        + ": unknown recipient " + id + " (declare it under recipients:)");
            });
            if (!activity.mapped() && activity.heldIn().isEmpty()) {
                throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ": give storage"
                        + " (the tables the data map reaches) or held-in (where the desk keeps the data itself)");
            }
            for (Storage storage : activity.storage()) {
                if (storage.definition() && storage.restrictionColumn() == null) {
                    throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ", storage "
                            + storage.source() + ": a restriction (Art. 18) must reach every source; give"
                            + " restriction-column");
                }
                if (activity.objectable() && storage.definition() && storage.objection() == null) {
                    throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ", storage "
                            + storage.source() + ": the activity rests on Art. 6(1)(e)/(f) or is direct marketing, so"
                            + " an objection (Art. 21) must reach this source; give objection: {policy: ...}");
                }
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
        DataMap map = new DataMap(tables, objections, callColumns);
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

    private static Objection objection(ProcessingActivity activity, Storage s) {
        try {
            return new Objection(s.objection().policy(), s.objection().column(), s.objection().columns());
        } catch (IllegalArgumentException e) {
            throw new InvalidDataMapException("Record of processing, activity " + activity.id() + ", storage "
                    + s.source() + ": " + e.getMessage(), e);
        }
    }

    /** What an objection does to the source, or empty when no objectable activity declares it. */
    public java.util.Optional<Objection> objection(String source) {
        return java.util.Optional.ofNullable(objections.get(source));
    }

    /**
     * The sources whose rows belong to one telephony call, with the column holding the call id: what a recording
     * answer reported for that call reaches.
     */
    public Map<PersonalDataTable, String> byCall() {
        Map<PersonalDataTable, String> byCall = new LinkedHashMap<>();
        tables.stream().filter(t -> callColumns.containsKey(t.source()))
                .forEach(t -> byCall.put(t, callColumns.get(t.source())));
        return byCall;
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
