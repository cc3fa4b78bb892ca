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
import com.privacydesk.request.Language;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the record of processing into the rop_* tables at every start-up: everything is replaced in one
 * transaction, so a restart with an unchanged file leaves the same rows and a failed load leaves the old ones.
 * Nodes of a cluster start at the same time: on PostgreSQL a transaction-scoped advisory lock lets one node
 * replace the rows at a time (the second finds the first's rows, deletes and writes them again), where two
 * interleaved replacements would collide on the primary keys and stop a node's start-up.
 */
@Component
public class RecordOfProcessingStore implements ApplicationRunner {

    /** Children first: the order in which the tables are emptied. */
    static final List<String> TABLES = List.of("rop_text", "rop_manual_source_activity", "rop_manual_source", "rop_storage",
            "rop_anonymisation", "rop_column", "rop_table", "rop_recipient", "rop_protection", "rop_access",
            "rop_data_category", "rop_activity");

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordOfProcessing record;
    private final DataMap dataMap;
    private final Clock clock;
    private volatile Boolean postgres;

    /** The advisory-lock key of the refresh: any fixed number no other part of the desk uses. */
    static final long REFRESH_LOCK = 0x726f705f72656672L;

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
        if (onPostgres()) {
            // Held until this transaction ends; a second node waits here instead of interleaving its rows.
            jdbc.getJdbcTemplate().query("SELECT pg_advisory_xact_lock(?)", rs -> null, REFRESH_LOCK);
        }
        // The table names are the constants above, never input.
        TABLES.forEach(table -> jdbc.getJdbcTemplate().update("DELETE FROM " + table));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Texts texts = new Texts();
        int seq = 0;
        for (ProcessingActivity a : record.activities()) {
            jdbc.update("INSERT INTO rop_activity (id, seq, purpose, legal_basis, origin, retention, loaded_at)"
                    + " VALUES (:id, :seq, :purpose, :legalBasis, :origin, :retention, :at)", new MapSqlParameterSource()
                    .addValue("id", a.id()).addValue("seq", seq++).addValue("purpose", a.purpose().en())
                    .addValue("legalBasis", a.legalBasis().en()).addValue("origin", a.origin().en())
                    .addValue("retention", a.retention().en()).addValue("at", now));
            items("rop_data_category", "category", a.id(), a.dataCategories().stream().map(LocalisedText::en).toList());
            items("rop_access", "who", a.id(), a.access());
            items("rop_protection", "measure", a.id(), a.protection());
            items("rop_recipient", "recipient", a.id(), record.recipientsOf(a).stream().map(r -> r.name().en()).toList());
            texts.add("ACTIVITY", a.id(), "purpose", 0, a.purpose());
            texts.add("ACTIVITY", a.id(), "legal_basis", 0, a.legalBasis());
            texts.addAll("ACTIVITY", a.id(), "data_category", a.dataCategories());
            texts.add("ACTIVITY", a.id(), "origin", 0, a.origin());
            texts.addAll("ACTIVITY", a.id(), "recipient", record.recipientsOf(a).stream().map(Recipient::name).toList());
            texts.add("ACTIVITY", a.id(), "retention", 0, a.retention());
            texts.addAll("ACTIVITY", a.id(), "data_subject", a.dataSubjects());
            List<RecordOfProcessing.Transfer> transfers = record.transfersOf(a);
            texts.addAll("ACTIVITY", a.id(), "transfer_recipient", transfers.stream().map(RecordOfProcessing.Transfer::recipient).toList());
            texts.addAll("ACTIVITY", a.id(), "transfer_country", transfers.stream().map(RecordOfProcessing.Transfer::country).toList());
            texts.addAll("ACTIVITY", a.id(), "transfer_safeguard", transfers.stream().map(RecordOfProcessing.Transfer::safeguard).toList());
        }
        seq = 0;
        for (PersonalDataTable t : dataMap.tables()) {
            jdbc.update("INSERT INTO rop_table (source, seq, defined_in, category, table_name, id_column, subject_column,"
                    + " parent_source, erasure_policy, legal_ground, restriction_column, provided_by_subject) VALUES (:source,"
                    + " :seq, :definedIn, :category, :table, :idColumn, :subjectColumn, :parent, :policy, :legalGround,"
                    + " :restriction, :provided)", new MapSqlParameterSource()
                    .addValue("source", t.source()).addValue("seq", seq++).addValue("definedIn", t.activity())
                    .addValue("category", t.category().en()).addValue("table", t.table()).addValue("idColumn", t.idColumn())
                    .addValue("subjectColumn", t.subject().column())
                    .addValue("parent", t.subject().parentSource(), Types.VARCHAR)
                    .addValue("policy", t.erasure().name()).addValue("legalGround", t.legalGround() == null ? null : t.legalGround().en(), Types.VARCHAR)
                    .addValue("restriction", t.restrictionColumn(), Types.VARCHAR)
                    .addValue("provided", t.providedBySubject()));
            texts.add("TABLE", t.source(), "category", 0, t.category());
            if (t.legalGround() != null) {
                texts.add("TABLE", t.source(), "legal_ground", 0, t.legalGround());
            }
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
                    new MapSqlParameterSource().addValue("id", m.id()).addValue("seq", seq++).addValue("name", m.name().en())
                            .addValue("kind", m.kind().name()).addValue("ownerGroup", m.ownerGroup())
                            .addValue("location", m.location())
                            .addValue("rights", m.rights().isEmpty() ? null : m.rights().stream().map(Enum::name)
                                    .collect(Collectors.joining(",")), Types.VARCHAR)
                            .addValue("instructions", m.instructions()));
            texts.add("MANUAL_SOURCE", m.id(), "name", 0, m.name());
            for (String activity : new LinkedHashSet<>(m.activities())) {
                jdbc.update("INSERT INTO rop_manual_source_activity (manual_source_id, activity_id) VALUES (:id, :activity)",
                        new MapSqlParameterSource("id", m.id()).addValue("activity", activity));
            }
        }
        jdbc.batchUpdate("INSERT INTO rop_text (owner_kind, owner_id, field, seq, language, text)"
                + " VALUES (:kind, :owner, :field, :seq, :language, :text)", texts.rows.toArray(MapSqlParameterSource[]::new));
    }

    private boolean onPostgres() {
        if (postgres == null) {
            postgres = "PostgreSQL".equals(jdbc.getJdbcTemplate().execute(
                    (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }

    /** Rows of rop_text: one per text and language. */
    private static final class Texts {
        private final List<MapSqlParameterSource> rows = new ArrayList<>();

        void add(String kind, String owner, String field, int seq, LocalisedText text) {
            for (Language language : Language.values()) {
                rows.add(new MapSqlParameterSource("kind", kind).addValue("owner", owner).addValue("field", field)
                        .addValue("seq", seq).addValue("language", language.name()).addValue("text", text.in(language)));
            }
        }

        void addAll(String kind, String owner, String field, List<LocalisedText> texts) {
            for (int i = 0; i < texts.size(); i++) {
                add(kind, owner, field, i, texts.get(i));
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
