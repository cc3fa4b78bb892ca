package com.privacydesk.fulfilment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes data_change_audit rows: which case changed which customer data, when. */
public class AuditTrail {

    static final String RECTIFICATION = "RECTIFICATION";
    static final String ERASURE_DELETE = "ERASURE_DELETE";
    static final String ERASURE_ANONYMISE = "ERASURE_ANONYMISE";
    static final String ERASURE_RETAIN = "ERASURE_RETAIN";
    static final String RESTRICTION = "RESTRICTION";
    static final String MARKETING_STOP = "MARKETING_STOP";
    public static final String OBJECTION = "OBJECTION";
    public static final String RESTRICTION_LIFTED = "RESTRICTION_LIFT";
    public static final String CONSENT_WITHDRAWAL = "CONSENT_WITHDRAWAL";

    private final NamedParameterJdbcTemplate jdbc;

    AuditTrail(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String caseNumber, long customerId, String kind, String table, String column, Long rowId,
                String oldValue, String newValue, String note, Instant at) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("caseNumber", caseNumber)
                .addValue("customerId", customerId)
                .addValue("kind", kind)
                .addValue("table", table)
                .addValue("column", column, Types.VARCHAR)
                .addValue("rowId", rowId, Types.BIGINT)
                .addValue("oldValue", oldValue, Types.VARCHAR)
                .addValue("newValue", newValue, Types.VARCHAR)
                .addValue("note", note, Types.VARCHAR)
                .addValue("at", utc(at))
                // The record of a restriction is itself data of a restricted subject: born restricted, so that
                // restricting the audit source again finds nothing new (Art. 18 stays idempotent).
                .addValue("restrictedAt", RESTRICTION.equals(kind) ? utc(at) : null, Types.TIMESTAMP_WITH_TIMEZONE);
        jdbc.update("INSERT INTO data_change_audit (case_number, customer_id, change_kind, table_name, column_name, row_id,"
                + " old_value, new_value, note, changed_at, restricted_at) VALUES (:caseNumber, :customerId, :kind, :table,"
                + " :column, :rowId, :oldValue, :newValue, :note, :at, :restrictedAt)", p);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
