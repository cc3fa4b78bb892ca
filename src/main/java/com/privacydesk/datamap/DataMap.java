package com.privacydesk.datamap;

import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.privacydesk.datamap.Anonymisation.erasureTime;
import static com.privacydesk.datamap.Anonymisation.nullify;
import static com.privacydesk.datamap.Anonymisation.text;
import static com.privacydesk.datamap.PersonalDataTable.anonymised;
import static com.privacydesk.datamap.PersonalDataTable.deleted;
import static com.privacydesk.datamap.PersonalDataTable.retained;
import static com.privacydesk.datamap.SubjectLink.customerId;
import static com.privacydesk.datamap.SubjectLink.via;

/**
 * Where the customer-service database keeps personal data, in one place: lookup, erasure and restriction iterate
 * over {@link #tables()} and know no table of their own. Table and column names in SQL come only from here, and
 * are checked to be plain identifiers, so no input can reach SQL text.
 * <p>
 * Order matters: parents are listed before the tables that lead to the subject through them; erasure works through
 * the list backwards so children go first.
 */
@Component
public class DataMap {

    /** The parameter every subject condition binds. */
    public static final String CUSTOMER_ID = "customerId";

    public static final String TAX_RETENTION = "GDPR Art. 17(3)(b): tax retention duty";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final List<PersonalDataTable> tables;
    private final Map<String, PersonalDataTable> bySource = new LinkedHashMap<>();

    public DataMap() {
        this(customerService());
    }

    public DataMap(List<PersonalDataTable> tables) {
        this.tables = List.copyOf(tables);
        Set<String> tableNames = new HashSet<>();
        for (PersonalDataTable t : this.tables) {
            if (bySource.putIfAbsent(t.source(), t) != null) {
                throw new IllegalArgumentException("Data map: source " + t.source() + " is declared twice");
            }
            if (!tableNames.add(t.table())) {
                throw new IllegalArgumentException("Data map: table " + t.table() + " is declared twice");
            }
            SubjectLink link = t.subject();
            if (!link.direct()) {
                PersonalDataTable parent = bySource.get(link.parentSource());
                if (parent == null || parent == t) {
                    throw new IllegalArgumentException("Data map: source " + t.source() + " leads to the subject through "
                            + link.parentSource() + ", which must be declared before it");
                }
                if (parent.erasure() == ErasurePolicy.DELETE && t.erasure() != ErasurePolicy.DELETE) {
                    throw new IllegalArgumentException("Data map: source " + t.source()
                            + " would outlive its deleted parent " + parent.source());
                }
            }
        }
        if (this.tables.stream().noneMatch(t -> t.restrictionColumn() != null)) {
            throw new IllegalArgumentException("Data map: no table records a restriction (Art. 18)");
        }
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
            throw new IllegalArgumentException("Data map: " + what + " '" + name + "' is not a plain lower-case identifier");
        }
        return name;
    }

    /** The company's customer-service database (V2__customer_service.sql). */
    public static List<PersonalDataTable> customerService() {
        return List.of(
                anonymised("customer", "Customer record", "customer", customerId("id"),
                        text("first_name", "Anonymised"), text("last_name", "Anonymised"),
                        nullify("email"), nullify("phone"), nullify("street"), nullify("postal_code"),
                        nullify("city"), nullify("country"), nullify("birth_date"), erasureTime("anonymised_at"))
                        .restrictedBy("restricted_at"),
                deleted("contact_points", "Contact points (e-mail addresses, phone numbers)", "contact_point",
                        customerId("customer_id")),
                // Orders stay as the basis of retained invoices; the delivery address is not needed for that.
                anonymised("orders", "Order history", "customer_order", customerId("customer_id"),
                        nullify("delivery_name"), nullify("delivery_street"), nullify("delivery_postal_code"),
                        nullify("delivery_city"), nullify("delivery_country")),
                retained("order_lines", "Ordered products", "order_line", via("order_id", "orders"),
                        TAX_RETENTION + " (invoiced goods and prices)"),
                retained("invoices", "Invoices", "invoice", customerId("customer_id"), TAX_RETENTION),
                deleted("support_tickets", "Support tickets", "support_ticket", customerId("customer_id")),
                deleted("chat_sessions", "Chat sessions (with IP address)", "chat_session", customerId("customer_id")),
                deleted("call_recordings", "Call recordings", "call_recording", customerId("customer_id")),
                deleted("marketing_consents", "Marketing consents", "marketing_consent", customerId("customer_id")),
                // Earlier corrections keep old and new values; after erasure only the fact of the change remains.
                anonymised("data_changes", "Changes made to your data", "data_change_audit", customerId("customer_id"),
                        nullify("old_value"), nullify("new_value")));
    }
}
