package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The register of processing activities as a DPO hands it to an auditor, and as the API serves it: the controller,
 * its DPO and representative (Art. 30(1)(a)), then every activity with its data subjects, transfers and tables fully
 * spelled out (a table shared by two activities appears under both). The texts customers also read are given in one
 * {@code language}; the rest of the register (access, protection, technical details) is written in English only.
 */
public record Register(String language, Controller controller, List<Activity> activities, List<Manual> manualSources) {

    /**
     * Art. 30(1)(a).
     *
     * @param dpo            the DPO's name, or null when the company has none
     * @param dpoContact     how to reach the DPO (or the privacy team)
     * @param representative the representative in the Union with its contact, or the statement that none is required
     */
    public record Controller(String name, String address, String dpo, String dpoContact, String representative) {
    }

    /**
     * @param dataSubjects the categories of data subjects (Art. 30(1)(c))
     * @param transfers    transfers to third countries with their safeguards (Art. 30(1)(e)); empty: none
     * @param heldIn       where the desk keeps the data of an activity without mapped storage
     * @param automatedDecision the Art. 22 decision the activity makes, or null for none
     */
    public record Activity(String id, String purpose, String legalBasis, List<String> dataCategories,
                           List<String> dataSubjects, String origin, List<String> access, List<String> protection,
                           List<String> recipients, List<Transfer> transfers, String retention, List<String> heldIn,
                           AutomatedDecision automatedDecision, List<Table> storage) {
    }

    public record Transfer(String recipient, String country, String safeguard) {
    }

    public record AutomatedDecision(String logic, String significance, String consequences) {
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

    /**
     * @param noRepresentative what the register says when the controller needs no representative (Art. 27), in
     *                         {@code language}
     */
    public static Register of(RecordOfProcessing record, DataMap map, RecordSettings.Controller controller,
                              Language language, String noRepresentative) {
        return new Register(language.name(), new Controller(controller.name(), controller.address(), controller.dpoName(),
                controller.dpoContact(), controller.representative() == null ? noRepresentative : controller.representative()),
                record.activities().stream().map(a -> new Activity(a.id(),
                a.purpose().in(language), a.legalBasis().in(language), LocalisedText.in(a.dataCategories(), language),
                LocalisedText.in(a.dataSubjects(), language), a.origin().in(language), a.access(), a.protection(),
                LocalisedText.in(record.recipientsOf(a).stream().map(Recipient::name).toList(), language),
                record.transfersOf(a).stream().map(t -> new Transfer(t.recipient().in(language), t.country().in(language),
                        t.safeguard().in(language))).toList(),
                a.retention().in(language), a.heldIn(),
                a.automatedDecision() == null ? null : new AutomatedDecision(a.automatedDecision().logic().in(language),
                        a.automatedDecision().significance().in(language),
                        a.automatedDecision().consequences().in(language)),
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
            case RETAIN -> t.legalGround().in(language) + t.anonymise().stream()
                    .map(a -> "; " + a.column() + ": set to the time of erasure").collect(Collectors.joining());
        };
        return new Table(t.source(), t.category().in(language), t.table(), t.columns(), subject, t.erasure().name(), detail,
                t.restrictionColumn(), t.providedBySubject());
    }
}
