package com.privacydesk.fulfilment;

import com.privacydesk.datamap.Anonymisation;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.request.ContactNormaliser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Carries out the rights that change customer data: erasure (Art. 17), restriction (18), objection to marketing
 * and consent withdrawal (21, 7(3)) and rectification (16). Every method runs in one transaction and is idempotent,
 * because a retried Camunda job runs it again: the second run finds nothing left to change and changes nothing,
 * audit included.
 */
@Service
public class RightsExecutor {

    private static final Set<String> MARKETING_CHANNELS = Set.of("EMAIL", "SMS", "PHONE");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final DataMap dataMap;
    private final ContactNormaliser normaliser;
    private final AuditTrail audit;

    public RightsExecutor(NamedParameterJdbcTemplate jdbc, DataMap dataMap, ContactNormaliser normaliser) {
        this.jdbc = jdbc;
        this.dataMap = dataMap;
        this.normaliser = normaliser;
        this.audit = new AuditTrail(jdbc);
    }

    /**
     * Erases the customer's data table by table as the data map says: DELETE removes rows, ANONYMISE overwrites
     * personal columns, RETAIN keeps rows and names the legal ground. Children are handled before their parents.
     */
    @Transactional
    public ErasureResult erase(long customerId, String caseNumber, Instant at) {
        requireCustomer(customerId, caseNumber);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        Map<String, Integer> anonymised = new LinkedHashMap<>();
        List<ErasureResult.Retained> retained = new ArrayList<>();
        List<PersonalDataTable> childrenFirst = new ArrayList<>(dataMap.tables());
        Collections.reverse(childrenFirst);
        for (PersonalDataTable t : childrenFirst) {
            SourceErasure result = eraseSource(t, customerId, caseNumber, at);
            if (result.rows() == 0) {
                continue;
            }
            switch (result.policy()) {
                case DELETE -> deleted.put(t.source(), result.rows());
                case ANONYMISE -> anonymised.put(t.source(), result.rows());
                case RETAIN -> retained.add(new ErasureResult.Retained(t.source(), t.category().en(), result.rows(),
                        t.legalGround().en()));
            }
        }
        Collections.reverse(retained);
        if (!deleted.isEmpty() || !anonymised.isEmpty()) {
            // Only the run that erased records what it kept, so a repeated run leaves the audit as it was.
            for (ErasureResult.Retained r : retained) {
                audit.record(caseNumber, customerId, AuditTrail.ERASURE_RETAIN, dataMap.source(r.source()).table(), null, null,
                        null, null, r.rows() + " rows kept: " + r.legalGround(), at);
            }
        }
        return new ErasureResult(inMapOrder(deleted), inMapOrder(anonymised), retained);
    }

    /** Marks the customer's data restricted (Art. 18) in every source, as a plan's restriction does. */
    @Transactional
    public void restrict(long customerId, String caseNumber, Instant at) {
        for (PersonalDataTable t : dataMap.tables()) {
            restrictSource(t, customerId, caseNumber, at);
        }
    }

    /**
     * Customers who may receive marketing on {@code channel} (EMAIL, SMS, PHONE) today: a current consent, and
     * neither restricted (Art. 18) nor anonymised. Every marketing selection goes through here.
     */
    @Transactional(readOnly = true)
    public List<Long> marketingAudience(String channel) {
        if (!MARKETING_CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("Unknown marketing channel " + channel);
        }
        return jdbc.queryForList("SELECT DISTINCT c.id FROM customer c JOIN marketing_consent m ON m.customer_id = c.id"
                        + " WHERE m.channel = :channel AND m.withdrawn_at IS NULL AND m.restricted_at IS NULL"
                        + " AND c.restricted_at IS NULL AND c.anonymised_at IS NULL ORDER BY c.id",
                new MapSqlParameterSource("channel", channel), Long.class);
    }

    /** Withdraws every current marketing consent of the customer (Art. 21, 7(3)); returns how many it withdrew. */
    @Transactional
    public int stopMarketing(long customerId, String caseNumber, Instant at) {
        requireCustomer(customerId, caseNumber);
        MapSqlParameterSource p = new MapSqlParameterSource("customerId", customerId).addValue("at", AuditTrail.utc(at));
        List<Long> ids = jdbc.queryForList("SELECT id FROM marketing_consent WHERE customer_id = :customerId"
                + " AND withdrawn_at IS NULL ORDER BY id", p, Long.class);
        forChunks(ids, chunk -> jdbc.update("UPDATE marketing_consent SET withdrawn_at = :at WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", chunk).addValue("at", AuditTrail.utc(at))));
        ids.forEach(id -> audit.record(caseNumber, customerId, AuditTrail.MARKETING_STOP, "marketing_consent", "withdrawn_at",
                id, null, at.toString(), "GDPR Art. 21 / 7(3)", at));
        return ids.size();
    }

    /**
     * Applies a correction to the customer record and to the contact points it is known by (Art. 16). A changed
     * e-mail or phone becomes an unverified contact point: the customer has not yet proven they control it.
     */
    @Transactional
    public RectificationResult rectify(long customerId, Correction correction, String caseNumber, Instant at) {
        Map<String, String[]> changes = changes(customerId, correction, caseNumber, true);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String[]> e : changes.entrySet()) {
            String column = e.getKey();
            String old = e.getValue()[0];
            String value = e.getValue()[1];
            // column is one of the constants of changes(), never input.
            jdbc.update("UPDATE customer SET " + column + " = :v WHERE id = :customerId",
                    new MapSqlParameterSource("v", value).addValue("customerId", customerId));
            audit.record(caseNumber, customerId, AuditTrail.RECTIFICATION, "customer", column, customerId,
                    old, value, "GDPR Art. 16", at);
            changed.add(column);
            if (column.equals("email")) {
                replaceContactPoint(customerId, "EMAIL", old, value, caseNumber, at);
            } else if (column.equals("phone")) {
                replaceContactPoint(customerId, "PHONE", old, value, caseNumber, at);
            }
        }
        return new RectificationResult(changed);
    }

    /** Column to {old, new} for every value the correction changes, validated and normalised as stored. */
    private Map<String, String[]> changes(long customerId, Correction correction, String caseNumber, boolean lock) {
        Objects.requireNonNull(correction, "correction");
        requireCustomer(customerId, caseNumber);
        MapSqlParameterSource id = new MapSqlParameterSource("customerId", customerId);
        // Column names are looked up case-insensitively (Spring's column map): H2 reports them upper-case.
        Map<String, Object> current = jdbc.queryForMap("SELECT first_name, last_name, email, phone, street, postal_code,"
                + " city, anonymised_at FROM customer WHERE id = :customerId" + (lock ? " FOR UPDATE" : ""), id);
        if (current.get("anonymised_at") != null) {
            throw new IllegalStateException("Customer " + customerId + " is anonymised; case " + caseNumber + " cannot rectify");
        }

        Map<String, String> wanted = new LinkedHashMap<>();
        if (!blank(correction.name())) {
            String[] parts = correction.name().trim().split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("Case " + caseNumber + ": corrected name needs a first and a last name");
            }
            wanted.put("first_name", parts[0]);
            wanted.put("last_name", parts[1]);
        }
        if (!blank(correction.email())) {
            String email = normaliser.email(correction.email());
            if (!EMAIL_SHAPE.matcher(email).matches()) {
                throw new IllegalArgumentException("Case " + caseNumber + ": corrected e-mail is not an e-mail address");
            }
            wanted.put("email", email);
        }
        if (!blank(correction.phone())) {
            wanted.put("phone", normaliser.phone(correction.phone()).orElseThrow(() ->
                    new IllegalArgumentException("Case " + caseNumber + ": corrected phone is not a phone number")));
        }
        putTrimmed(wanted, "street", correction.street());
        putTrimmed(wanted, "postal_code", correction.postalCode());
        putTrimmed(wanted, "city", correction.city());

        Map<String, String[]> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            String old = (String) current.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                changes.put(e.getKey(), new String[] {old, e.getValue()});
            }
        }
        return changes;
    }

    private void replaceContactPoint(long customerId, String kind, String old, String replacement, String caseNumber, Instant at) {
        MapSqlParameterSource p = new MapSqlParameterSource("customerId", customerId).addValue("kind", kind)
                .addValue("old", old).addValue("new", replacement).addValue("at", AuditTrail.utc(at));
        String byValue = "SELECT id FROM contact_point WHERE customer_id = :customerId AND kind = :kind AND contact_value = ";
        List<Long> oldIds = old == null ? List.of() : jdbc.queryForList(byValue + ":old", p, Long.class);
        boolean alreadyKnown = !jdbc.queryForList(byValue + ":new", p, Long.class).isEmpty();
        if (alreadyKnown) {
            for (Long oldId : oldIds) {
                jdbc.update("DELETE FROM contact_point WHERE id = :id", new MapSqlParameterSource("id", oldId));
                audit.record(caseNumber, customerId, AuditTrail.RECTIFICATION, "contact_point", "contact_value", oldId,
                        old, null, "replaced by an existing contact point", at);
            }
        } else if (!oldIds.isEmpty()) {
            Long oldId = oldIds.get(0);
            jdbc.update("UPDATE contact_point SET contact_value = :new, verified = FALSE, added_at = :at WHERE id = :id",
                    new MapSqlParameterSource("id", oldId).addValue("new", replacement).addValue("at", AuditTrail.utc(at)));
            audit.record(caseNumber, customerId, AuditTrail.RECTIFICATION, "contact_point", "contact_value", oldId,
                    old, replacement, "GDPR Art. 16; unverified until confirmed", at);
        } else {
            jdbc.update("INSERT INTO contact_point (customer_id, kind, contact_value, verified, added_at)"
                    + " VALUES (:customerId, :kind, :new, FALSE, :at)", p);
            audit.record(caseNumber, customerId, AuditTrail.RECTIFICATION, "contact_point", "contact_value", null,
                    null, replacement, "GDPR Art. 16; unverified until confirmed", at);
        }
    }

    /** Overwrites the personal columns of the subject's rows that are not yet anonymised; returns their number. */
    private int anonymise(PersonalDataTable t, long customerId, String caseNumber, Instant at) {
        MapSqlParameterSource p = new MapSqlParameterSource("at", AuditTrail.utc(at));
        List<String> differs = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < t.anonymise().size(); i++) {
            Anonymisation a = t.anonymise().get(i);
            switch (a.replacement()) {
                case NULL -> {
                    differs.add(a.column() + " IS NOT NULL");
                    sets.add(a.column() + " = NULL");
                }
                case TEXT -> {
                    p.addValue("r" + i, a.text());
                    differs.add(a.column() + " IS DISTINCT FROM :r" + i);
                    sets.add(a.column() + " = :r" + i);
                }
                // The first erasure's time stays: it is when the data was erased.
                case ERASURE_TIME -> {
                    differs.add(a.column() + " IS NULL");
                    sets.add(a.column() + " = COALESCE(" + a.column() + ", :at)");
                }
            }
        }
        List<Long> ids = subjectIds(t, customerId, " AND (" + String.join(" OR ", differs) + ")", p);
        String update = "UPDATE " + t.table() + " SET " + String.join(", ", sets) + " WHERE " + t.idColumn() + " IN (:ids)";
        forChunks(ids, chunk -> jdbc.update(update, new MapSqlParameterSource(p.getValues()).addValue("ids", chunk)));
        for (Long rowId : ids) {
            for (Anonymisation a : t.anonymise()) {
                if (a.replacement() != Anonymisation.Replacement.ERASURE_TIME) {
                    audit.record(caseNumber, customerId, AuditTrail.ERASURE_ANONYMISE, t.table(), a.column(), rowId,
                            null, null, null, at);
                }
            }
        }
        return ids.size();
    }

    /** What an erasure did to one source: rows deleted, anonymised or retained under the record's legal duty. */
    public record SourceErasure(com.privacydesk.datamap.ErasurePolicy policy, int rows) {
    }

    /**
     * Erases the subject's rows of one source as the data map says (the plan's order: children before parents);
     * RETAIN counts the rows kept. Idempotent: a second run finds nothing left to delete or anonymise.
     */
    @Transactional
    public SourceErasure eraseSource(PersonalDataTable t, long customerId, String caseNumber, Instant at) {
        requireCustomer(customerId, caseNumber);
        return switch (t.erasure()) {
            case DELETE -> new SourceErasure(t.erasure(), delete(t, customerId, caseNumber, AuditTrail.ERASURE_DELETE, at));
            case ANONYMISE -> new SourceErasure(t.erasure(), anonymise(t, customerId, caseNumber, at));
            // What is kept is logged by whoever erased, once: the execution log of a plan, or erase() below.
            case RETAIN -> {
                // Kept as proof, e.g. of a consent: only stamped (a consent ends with the erasure), never emptied.
                if (!t.anonymise().isEmpty()) {
                    anonymise(t, customerId, caseNumber, at);
                }
                yield new SourceErasure(t.erasure(), count(t, customerId));
            }
        };
    }

    /** Marks the subject's rows of one source restricted (Art. 18); returns how many of their rows are restricted. */
    @Transactional
    public int restrictSource(PersonalDataTable t, long customerId, String caseNumber, Instant at) {
        requireCustomer(customerId, caseNumber);
        String column = t.restrictionColumn();
        if (column == null) {
            throw new IllegalStateException("Case " + caseNumber + ": source " + t.source() + " cannot be restricted");
        }
        List<Long> ids = subjectIds(t, customerId, " AND " + column + " IS NULL", new MapSqlParameterSource());
        forChunks(ids, chunk -> jdbc.update("UPDATE " + t.table() + " SET " + column + " = :at WHERE " + t.idColumn()
                + " IN (:ids)", new MapSqlParameterSource("ids", chunk).addValue("at", AuditTrail.utc(at))));
        ids.forEach(id -> audit.record(caseNumber, customerId, AuditTrail.RESTRICTION, t.table(), column, id,
                null, at.toString(), "GDPR Art. 18", at));
        return count(t, customerId);
    }

    /** Removes this case's restriction marks from one source (Art. 18(3)); returns how many rows it freed. */
    @Transactional
    public int liftRestriction(PersonalDataTable t, long customerId, String caseNumber, Instant at) {
        requireCustomer(customerId, caseNumber);
        String column = t.restrictionColumn();
        List<Long> ids = subjectIds(t, customerId, " AND " + column + " IS NOT NULL", new MapSqlParameterSource());
        forChunks(ids, chunk -> jdbc.update("UPDATE " + t.table() + " SET " + column + " = NULL WHERE " + t.idColumn()
                + " IN (:ids)", new MapSqlParameterSource("ids", chunk)));
        ids.forEach(id -> audit.record(caseNumber, customerId, AuditTrail.RESTRICTION_LIFTED, t.table(), column, id,
                null, null, "GDPR Art. 18(3): the data subject was told first", at));
        return ids.size();
    }

    /**
     * Stops the processing of one source an objection (Art. 21) or a withdrawal of consent (Art. 7(3)) reaches, as
     * the record says: MARK the rows in their column, DELETE them or ANONYMISE the listed columns. Returns the
     * subject's rows concerned.
     */
    @Transactional
    public int stopProcessing(PersonalDataTable t, com.privacydesk.datamap.Objection objection, long customerId,
            String caseNumber, String auditKind, Instant at) {
        requireCustomer(customerId, caseNumber);
        return switch (objection.policy()) {
            case DELETE -> delete(t, customerId, caseNumber, auditKind, at);
            case MARK -> {
                String column = objection.column();
                List<Long> ids = subjectIds(t, customerId, " AND " + column + " IS NULL", new MapSqlParameterSource());
                forChunks(ids, chunk -> jdbc.update("UPDATE " + t.table() + " SET " + column + " = :at WHERE "
                        + t.idColumn() + " IN (:ids)", new MapSqlParameterSource("ids", chunk)
                        .addValue("at", AuditTrail.utc(at))));
                ids.forEach(id -> audit.record(caseNumber, customerId, auditKind, t.table(), column, id, null,
                        at.toString(), "GDPR Art. 21 / 7(3)", at));
                yield count(t, customerId);
            }
            case ANONYMISE -> {
                List<String> differs = objection.columns().stream().map(c -> c + " IS NOT NULL").toList();
                List<Long> ids = subjectIds(t, customerId, " AND (" + String.join(" OR ", differs) + ")",
                        new MapSqlParameterSource());
                String sets = String.join(", ", objection.columns().stream().map(c -> c + " = NULL").toList());
                forChunks(ids, chunk -> jdbc.update("UPDATE " + t.table() + " SET " + sets + " WHERE " + t.idColumn()
                        + " IN (:ids)", new MapSqlParameterSource("ids", chunk)));
                ids.forEach(id -> objection.columns().forEach(c -> audit.record(caseNumber, customerId, auditKind,
                        t.table(), c, id, null, null, "GDPR Art. 21 / 7(3)", at)));
                yield ids.size();
            }
        };
    }

    /**
     * Stops the processing of one telephony call's rows after its caller withdrew consent to recording (Art. 7(3)) or,
     * under legitimate interest, objected (Art. 21): in every source the record links to calls, as its objection
     * says (the recordings: DELETE). Whose call it was need not be known. Returns the rows concerned; the caller's
     * answer that caused it is the proof (recording_consent), so no case audit is written.
     */
    @Transactional
    public int stopProcessingOfCall(String callId, Instant at) {
        if (callId == null || callId.isBlank()) {
            throw new IllegalArgumentException("A call id is required");
        }
        int rows = 0;
        for (Map.Entry<PersonalDataTable, String> e : dataMap.byCall().entrySet()) {
            PersonalDataTable t = e.getKey();
            com.privacydesk.datamap.Objection objection = dataMap.objection(t.source()).orElseThrow();
            // Table and column names come from the data map, checked identifiers; the call id is bound.
            MapSqlParameterSource p = new MapSqlParameterSource("callId", callId).addValue("at", AuditTrail.utc(at));
            String where = " WHERE " + e.getValue() + " = :callId";
            rows += switch (objection.policy()) {
                case DELETE -> jdbc.update("DELETE FROM " + t.table() + where, p);
                case MARK -> jdbc.update("UPDATE " + t.table() + " SET " + objection.column() + " = :at" + where
                        + " AND " + objection.column() + " IS NULL", p);
                case ANONYMISE -> jdbc.update("UPDATE " + t.table() + " SET " + String.join(", ", objection.columns()
                        .stream().map(c -> c + " = NULL").toList()) + where, p);
            };
        }
        return rows;
    }

    /** How many rows of the source hold the subject's data. */
    @Transactional(readOnly = true)
    public int rowsOf(PersonalDataTable t, long customerId) {
        return count(t, customerId);
    }

    private int delete(PersonalDataTable t, long customerId, String caseNumber, String auditKind, Instant at) {
        List<Long> ids = subjectIds(t, customerId, "", new MapSqlParameterSource());
        forChunks(ids, chunk -> jdbc.update("DELETE FROM " + t.table() + " WHERE " + t.idColumn() + " IN (:ids)",
                new MapSqlParameterSource("ids", chunk)));
        ids.forEach(id -> audit.record(caseNumber, customerId, auditKind, t.table(), null, id, null, null, null, at));
        return ids.size();
    }

    private Map<String, Integer> inMapOrder(Map<String, Integer> bySource) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        dataMap.tables().stream().filter(t -> bySource.containsKey(t.source()))
                .forEach(t -> ordered.put(t.source(), bySource.get(t.source())));
        return ordered;
    }

    private List<Long> subjectIds(PersonalDataTable t, long customerId, String extraCondition, MapSqlParameterSource p) {
        MapSqlParameterSource params = new MapSqlParameterSource(p.getValues()).addValue(DataMap.CUSTOMER_ID, customerId);
        return jdbc.queryForList("SELECT " + t.idColumn() + " FROM " + t.table() + " WHERE " + dataMap.subjectCondition(t)
                + extraCondition + " ORDER BY " + t.idColumn(), params, Long.class);
    }

    private int count(PersonalDataTable t, long customerId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + t.table() + " WHERE " + dataMap.subjectCondition(t),
                new MapSqlParameterSource(DataMap.CUSTOMER_ID, customerId), Integer.class);
        return n == null ? 0 : n;
    }

    private void requireCustomer(long customerId, String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalArgumentException("A case number is required to change customer " + customerId);
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE id = :customerId",
                new MapSqlParameterSource("customerId", customerId), Integer.class);
        if (n == null || n == 0) {
            throw new IllegalArgumentException("Case " + caseNumber + ": no customer with id " + customerId);
        }
    }

    private static void forChunks(List<Long> ids, java.util.function.Consumer<List<Long>> action) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            action.accept(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    private static void putTrimmed(Map<String, String> wanted, String column, String value) {
        if (!blank(value)) {
            wanted.put(column, value.trim());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
