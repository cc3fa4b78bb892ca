package com.privacydesk.lookup;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.stafflanguage.StaffTexts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds everything the customer-service database holds on a data subject, table by table as the {@link DataMap}
 * lists them. Counts go into the process (the summary for the handler); values only into the access answer.
 */
@Service
public class PersonalDataCollector {

    private final NamedParameterJdbcTemplate jdbc;
    private final DataMap dataMap;

    public PersonalDataCollector(NamedParameterJdbcTemplate jdbc, DataMap dataMap) {
        this.jdbc = jdbc;
        this.dataMap = dataMap;
    }

    /**
     * One entry per mapped table holding rows of the subject, in data-map order; empty tables are left out. One
     * statement (a UNION ALL of counts) for all tables: one round trip, however many tables the map grows to.
     */
    @Transactional(readOnly = true)
    public List<DataFound> collect(long customerId) {
        List<PersonalDataTable> tables = dataMap.tables();
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            PersonalDataTable t = tables.get(i);
            counts.add("SELECT " + i + " AS t, COUNT(*) AS n FROM " + t.table() + " WHERE " + dataMap.subjectCondition(t));
        }
        int[] rows = new int[tables.size()];
        jdbc.query(String.join(" UNION ALL ", counts), subject(customerId),
                rs -> { rows[rs.getInt(1)] = rs.getInt(2); });
        List<DataFound> found = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            if (rows[i] > 0) {
                found.add(new DataFound(tables.get(i).source(), tables.get(i).category().en(), rows[i]));
            }
        }
        return found;
    }

    /** The summary in English, the language of the sources. */
    public String summary(List<DataFound> found) {
        return summary(found, StaffTexts.source());
    }

    /** "Customer record: 1 · Orders: 3 · …" in the staff language: categories and counts only, never a value. */
    public String summary(List<DataFound> found, StaffTexts texts) {
        if (found.isEmpty()) {
            return texts.text("summary.data.none");
        }
        return found.stream().map(f -> texts.text("summary.data.line", category(f, texts), f.rows()))
                .collect(Collectors.joining(" · "));
    }

    /** The category of what was found in the staff language (the data map has it in pl, en, de, nl, fr). */
    public String category(DataFound found, StaffTexts texts) {
        return dataMap.tables().stream().filter(t -> t.source().equals(found.source())).findFirst()
                .map(t -> texts.of(t.category())).orElse(found.category());
    }

    /** Every row held on the subject with all its columns, in data-map order and by id within a table. */
    @Transactional(readOnly = true)
    public List<DataRecord> rows(long customerId) {
        List<DataRecord> records = new ArrayList<>();
        for (PersonalDataTable t : dataMap.tables()) {
            String sql = "SELECT * FROM " + t.table() + " WHERE " + dataMap.subjectCondition(t) + " ORDER BY " + t.idColumn();
            jdbc.query(sql, subject(customerId), rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), portable(rs.getObject(i)));
                }
                records.add(new DataRecord(t.source(), t.category().en(), Collections.unmodifiableMap(values)));
            });
        }
        return records;
    }

    private static MapSqlParameterSource subject(long customerId) {
        return new MapSqlParameterSource(DataMap.CUSTOMER_ID, customerId);
    }

    /** H2 and PostgreSQL return different JDBC types for the same column; answers must not depend on that. */
    private static Object portable(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value;
    }
}
