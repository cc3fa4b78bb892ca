package com.privacydesk.datamap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The register of processing activities as a DPO hands it to an auditor, and as the API serves it: every
 * activity with its tables fully spelled out (a table shared by two activities appears under both).
 */
public record Register(List<Activity> activities, List<ManualSource> manualSources) {

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

    public static Register of(RecordOfProcessing record, DataMap map) {
        return new Register(record.activities().stream().map(a -> new Activity(a.id(), a.purpose(), a.legalBasis(),
                a.dataCategories(), a.origin(), a.access(), a.protection(), a.recipients(), a.retention(),
                a.sources().stream().distinct().map(s -> table(map, map.source(s))).toList())).toList(),
                record.manualSources());
    }

    private static Table table(DataMap map, PersonalDataTable t) {
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
            case RETAIN -> t.legalGround();
        };
        return new Table(t.source(), t.category(), t.table(), t.columns(), subject, t.erasure().name(), detail,
                t.restrictionColumn(), t.providedBySubject());
    }
}
