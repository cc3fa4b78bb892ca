package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The register of processing activities as a DPO hands it to an auditor, and as the API serves it: every
 * activity with its tables fully spelled out (a table shared by two activities appears under both). The texts
 * customers also read are given in one {@code language} (English unless asked otherwise); the rest of the
 * register (access, protection, technical details) is written in English only.
 */
public record Register(String language, List<Activity> activities, List<Manual> manualSources) {

    public record Activity(String id, String purpose, String legalBasis, List<String> dataCategories, String origin,
                           List<String> access, List<String> protection, List<String> recipients, String retention,
                           List<Table> storage) {
    }

    /**
     * @param subject  "customer_id" (holds the customer id) or "order_id → orders.id" (through a parent source)
     * @param erasure  "DELETE", "ANONYMISE", "RETAIN"
     * @param erasureDetail the anonymised columns and how, or the legal ground of RETAIN
     */
    public record Table(String source, String category, String table, List<String> columns, String subject,
                        String erasure, String erasureDetail, String restrictionColumn, boolean providedBySubject) {
    }

    /** A place no query reaches, as {@link ManualSource} with its name in the register's language. */
    public record Manual(String id, String name, ManualSource.Kind kind, String ownerGroup, String location,
                         List<String> activities, List<com.privacydesk.request.Right> rights, String instructions) {
    }

    public static Register of(RecordOfProcessing record, DataMap map) {
        return of(record, map, Language.en);
    }

    public static Register of(RecordOfProcessing record, DataMap map, Language language) {
        return new Register(language.name(), record.activities().stream().map(a -> new Activity(a.id(),
                a.purpose().in(language), a.legalBasis().in(language), LocalisedText.in(a.dataCategories(), language),
                a.origin().in(language), a.access(), a.protection(), LocalisedText.in(record.recipientsOf(a).stream().map(Recipient::name).toList(), language),
                a.retention().in(language),
                a.sources().stream().distinct().map(s -> table(map, map.source(s), language)).toList())).toList(),
                record.manualSources().stream().map(m -> new Manual(m.id(), m.name().in(language), m.kind(),
                        m.ownerGroup(), m.location(), m.activities(), m.rights(), m.instructions())).toList());
    }

    private static Table table(DataMap map, PersonalDataTable t, Language language) {
        String subject = t.subject().direct() ? t.subject().column()
                : t.subject().column() + " → " + map.source(t.subject().parentSource()).table() + "."
                  + map.source(t.subject().parentSource()).idColumn();
        String detail = switch (t.erasure()) {
            case DELETE -> "rows deleted";
            case ANONYMISE -> t.anonymise().stream().map(a -> a.column() + ": " + switch (a.replacement()) {
                case NULL -> "emptied";
                case TEXT -> "replaced by \"" + a.text() + "\"";
                case ERASURE_TIME -> "set to the time of erasure";
            }).collect(Collectors.joining(", "));
            case RETAIN -> t.legalGround().in(language);
        };
        return new Table(t.source(), t.category().in(language), t.table(), t.columns(), subject, t.erasure().name(), detail,
                t.restrictionColumn(), t.providedBySubject());
    }
}
