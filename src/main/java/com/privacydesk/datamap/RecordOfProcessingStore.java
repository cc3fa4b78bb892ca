package com.privacydesk.datamap;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the record of processing into the rop_* tables at every start-up: everything is replaced in one
 * transaction, so a restart with an unchanged file leaves the same rows and a failed load leaves the old ones.
 */
@Component
public class RecordOfProcessingStore implements ApplicationRunner {

    /** Children first: the order in which the tables are emptied. */
    private static final List<String> TABLES = List.of("rop_manual_source_activity", "rop_manual_source", "rop_storage",
            "rop_anonymisation", "rop_column", "rop_table", "rop_recipient", "rop_protection", "rop_access",
            "rop_data_category", "rop_activity");

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordOfProcessing record;
    private final DataMap dataMap;
    private final Clock clock;

    public RecordOfProcessingStore(NamedParameterJdbcTemplate jdbc, RecordOfProcessing record, DataMap dataMap, Clock clock) {
        this.jdbc = jdbc;
        this.record = record;
        this.dataMap = dataMap;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        refresh();
    }

    @Transactional
    public void refresh() {
        // The table names are the constants above, never input.
        TABLES.forEach(table -> jdbc.getJdbcTemplate().update("DELETE FROM " + table));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int seq = 0;
        for (ProcessingActivity a : record.activities()) {
            jdbc.update("INSERT INTO rop_activity (id, seq, purpose, legal_basis, origin, retention, loaded_at)"
                    + " VALUES (:id, :seq, :purpose, :legalBasis, :origin, :retention, :at)", new MapSqlParameterSource()
                    .addValue("id", a.id()).addValue("seq", seq++).addValue("purpose", a.purpose())
                    .addValue("legalBasis", a.legalBasis()).addValue("origin", a.origin())
                    .addValue("retention", a.retention()).addValue("at", now));
            items("rop_data_category", "category", a.id(), a.dataCategories());
            items("rop_access", "who", a.id(), a.access());
            items("rop_protection", "measure", a.id(), a.protection());
            items("rop_recipient", "recipient", a.id(), a.recipients());
        }
        seq = 0;
        for (PersonalDataTable t : dataMap.tables()) {
            jdbc.update("INSERT INTO rop_table (source, seq, defined_in, category, table_name, id_column, subject_column,"
                    + " parent_source, erasure_policy, legal_ground, restriction_column, provided_by_subject) VALUES (:source,"
                    + " :seq, :definedIn, :category, :table, :idColumn, :subjectColumn, :parent, :policy, :legalGround,"
                    + " :restriction, :provided)", new MapSqlParameterSource()
                    .addValue("source", t.source()).addValue("seq", seq++).addValue("definedIn", t.activity())
                    .addValue("category", t.category()).addValue("table", t.table()).addValue("idColumn", t.idColumn())
                    .addValue("subjectColumn", t.subject().column())
                    .addValue("parent", t.subject().parentSource(), Types.VARCHAR)
                    .addValue("policy", t.erasure().name()).addValue("legalGround", t.legalGround(), Types.VARCHAR)
                    .addValue("restriction", t.restrictionColumn(), Types.VARCHAR)
                    .addValue("provided", t.providedBySubject()));
            List<MapSqlParameterSource> columns = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                columns.add(new MapSqlParameterSource("source", t.source()).addValue("seq", i).addValue("column", t.columns().get(i)));
            }
            jdbc.batchUpdate("INSERT INTO rop_column (source, seq, column_name) VALUES (:source, :seq, :column)",
                    columns.toArray(MapSqlParameterSource[]::new));
            List<MapSqlParameterSource> anonymise = new ArrayList<>();
            for (int i = 0; i < t.anonymise().size(); i++) {
                Anonymisation an = t.anonymise().get(i);
                anonymise.add(new MapSqlParameterSource("source", t.source()).addValue("seq", i)
                        .addValue("column", an.column()).addValue("replacement", an.replacement().name())
                        .addValue("text", an.text(), Types.VARCHAR));
            }
            jdbc.batchUpdate("INSERT INTO rop_anonymisation (source, seq, column_name, replacement, replacement_text)"
                    + " VALUES (:source, :seq, :column, :replacement, :text)", anonymise.toArray(MapSqlParameterSource[]::new));
        }
        for (ProcessingActivity a : record.activities()) {
            Set<String> sources = new LinkedHashSet<>(a.sources());
            int i = 0;
            for (String source : sources) {
                jdbc.update("INSERT INTO rop_storage (activity_id, source, seq) VALUES (:activity, :source, :seq)",
                        new MapSqlParameterSource("activity", a.id()).addValue("source", source).addValue("seq", i++));
            }
        }
        seq = 0;
        for (ManualSource m : record.manualSources()) {
            jdbc.update("INSERT INTO rop_manual_source (id, seq, name, kind, owner_group, location, rights, instructions)"
                    + " VALUES (:id, :seq, :name, :kind, :ownerGroup, :location, :rights, :instructions)",
                    new MapSqlParameterSource().addValue("id", m.id()).addValue("seq", seq++).addValue("name", m.name())
                            .addValue("kind", m.kind().name()).addValue("ownerGroup", m.ownerGroup())
                            .addValue("location", m.location())
                            .addValue("rights", m.rights().isEmpty() ? null : m.rights().stream().map(Enum::name)
                                    .collect(Collectors.joining(",")), Types.VARCHAR)
                            .addValue("instructions", m.instructions()));
            for (String activity : new LinkedHashSet<>(m.activities())) {
                jdbc.update("INSERT INTO rop_manual_source_activity (manual_source_id, activity_id) VALUES (:id, :activity)",
                        new MapSqlParameterSource("id", m.id()).addValue("activity", activity));
            }
        }
    }

    private void items(String table, String column, String activityId, List<String> values) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(new MapSqlParameterSource("activity", activityId).addValue("seq", i).addValue("value", values.get(i)));
        }
        // table and column are constants of this class.
        jdbc.batchUpdate("INSERT INTO " + table + " (activity_id, seq, " + column + ") VALUES (:activity, :seq, :value)",
                rows.toArray(MapSqlParameterSource[]::new));
    }
}
