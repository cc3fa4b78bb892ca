package com.privacydesk.packages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.LocalisedText;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.datamap.ProcessingActivity;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.lookup.DataRecord;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares the files an answer carries: the access package (Art. 15) as JSON and as a readable HTML page in the
 * customer's language, and the portability package (Art. 20) as JSON and CSV in a ZIP. Everything follows the
 * record of processing: a table added to the map appears here without a code change. Runs in the caller's
 * transaction (the job of "Carry out the decision"): a retried job replaces the files, a failed one leaves none
 * half written.
 */
@Service
public class SubjectPackages {

    /** A fixed time for ZIP entries, so the same data gives the same bytes. */
    private static final long ZIP_ENTRY_TIME = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    /** A CSV cell that needs no quotes; compiled once, as it is tested on every cell. */
    private static final Pattern PLAIN_CSV_CELL = Pattern.compile("[^\",\r\n]*");

    private final NamedParameterJdbcTemplate jdbc;
    private final RequestRepository requests;
    private final PersonalDataCollector collector;
    private final DataMap dataMap;
    private final RecordOfProcessing record;
    private final PackageStore store;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Configuration freemarker;

    public SubjectPackages(NamedParameterJdbcTemplate jdbc, RequestRepository requests, PersonalDataCollector collector,
            DataMap dataMap, RecordOfProcessing record, PackageStore store, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.collector = collector;
        this.dataMap = dataMap;
        this.record = record;
        this.store = store;
        this.clock = clock;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setClassForTemplateLoading(SubjectPackages.class, "/templates/packages");
        freemarker.setDefaultEncoding("UTF-8");
        // .ftlh: every value is HTML-escaped.
        freemarker.setRecognizeStandardFileExtensions(true);
    }

    /**
     * Builds and stores the packages the requested rights call for (ACCESS, PORTABILITY) for one answer round;
     * returns the kinds stored. Idempotent: a second call replaces the files of the first.
     */
    @Transactional
    public List<PackageKind> prepare(String caseNumber, int round, long customerId, Collection<Right> rights) {
        return prepare(caseNumber, round, customerId, rights, List.of());
    }

    /**
     * As {@link #prepare(String, int, long, Collection)}, leaving out the rows of the {@code withheld} data-map
     * sources (a partial answer, Art. 15(4)); the access package names them as withheld, without their data.
     */
    @Transactional
    public List<PackageKind> prepare(String caseNumber, int round, long customerId, Collection<Right> rights,
            Collection<String> withheld) {
        withheld.forEach(dataMap::source);
        boolean access = rights.contains(Right.ACCESS);
        boolean portability = rights.contains(Right.PORTABILITY);
        if (!access && !portability) {
            return List.of();
        }
        Language language = language(caseNumber);
        Instant now = clock.instant();
        List<DataRecord> rows = collector.rows(customerId).stream().filter(r -> !withheld.contains(r.source())).toList();
        List<PackageKind> stored = new ArrayList<>();
        if (access) {
            AccessPackage pkg = access(caseNumber, round, now, language, rows, withheld);
            store.save(caseNumber, round, PackageKind.ACCESS_JSON, toJson(pkg), now);
            store.save(caseNumber, round, PackageKind.ACCESS_HTML, html(pkg, language), now);
            stored.add(PackageKind.ACCESS_JSON);
            stored.add(PackageKind.ACCESS_HTML);
        }
        if (portability) {
            store.save(caseNumber, round, PackageKind.PORTABILITY_ZIP, portability(caseNumber, now, language, rows), now);
            stored.add(PackageKind.PORTABILITY_ZIP);
        }
        return stored;
    }

    /**
     * The file "Carry out the decision" would store for {@code kind}, from the data as it stands, built and not
     * stored: what the handler checks in "Prepare answer" before the copy goes out.
     */
    @Transactional(readOnly = true)
    public byte[] preview(String caseNumber, int round, long customerId, PackageKind kind, Collection<String> withheld) {
        withheld.forEach(dataMap::source);
        Language language = language(caseNumber);
        Instant now = clock.instant();
        List<DataRecord> rows = collector.rows(customerId).stream().filter(r -> !withheld.contains(r.source())).toList();
        return switch (kind) {
            case ACCESS_JSON -> toJson(access(caseNumber, round, now, language, rows, withheld));
            case ACCESS_HTML -> html(access(caseNumber, round, now, language, rows, withheld), language);
            case PORTABILITY_ZIP -> portability(caseNumber, now, language, rows);
        };
    }

    AccessPackage access(String caseNumber, int round, Instant now, Language language, List<DataRecord> rows,
            Collection<String> withheld) {
        Map<String, AccessPackage.Data> bySource = bySource(rows, language);
        List<AccessPackage.Activity> activities = new ArrayList<>();
        // Art. 15(4) limits the copy, not what the customer is told about the processing (Art. 15(1)).
        Set<String> concerned = new LinkedHashSet<>(bySource.keySet());
        concerned.addAll(withheld);
        List<AccessPackage.ManualSearch> byHand = manualSearches(caseNumber, language);
        // Data found by hand belong to the activities the record names for their place: those are told too.
        Set<String> foundByHand = new LinkedHashSet<>(manualActivities(caseNumber));
        List<ProcessingActivity> concerning = record.concerning(concerned);
        List<ProcessingActivity> told = record.activities().stream().filter(a -> foundByHand.contains(a.id())
                || concerning.contains(a)).toList();
        for (ProcessingActivity a : told) {
            List<AccessPackage.Data> data = new LinkedHashSet<>(a.sources()).stream().filter(bySource::containsKey)
                    .map(bySource::get).toList();
            activities.add(new AccessPackage.Activity(a.id(), a.purpose().in(language), a.legalBasis().in(language),
                    LocalisedText.in(a.dataCategories(), language), LocalisedText.in(record.recipientNames(a), language),
                    a.retention().in(language), a.origin().in(language), data,
                    record.transfersOf(a).stream().map(t -> new AccessPackage.Transfer(t.recipient().in(language),
                            t.country().in(language), t.safeguard().in(language))).toList(),
                    a.automatedDecision() == null ? null : new AccessPackage.AutomatedDecision(
                            a.automatedDecision().logic().in(language), a.automatedDecision().significance().in(language),
                            a.automatedDecision().consequences().in(language))));
        }
        return new AccessPackage(caseNumber, round, now, language.name(), activities,
                byHand, dataMap.tables().stream().filter(t -> withheld.contains(t.source()))
                        .map(t -> t.category().in(language)).toList());
    }

    /** Art. 20: only what the customer provided, under consent (Art. 6(1)(a)) or contract (6(1)(b)). */
    byte[] portability(String caseNumber, Instant now, Language language, List<DataRecord> rows) {
        Set<String> portable = new LinkedHashSet<>();
        record.activities().stream().filter(ProcessingActivity::portable)
                .forEach(a -> a.sources().stream().filter(s -> dataMap.source(s).providedBySubject()).forEach(portable::add));
        Map<String, AccessPackage.Data> bySource = bySource(rows.stream().filter(r -> portable.contains(r.source())).toList(),
                language);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("caseNumber", caseNumber);
        document.put("preparedAt", now);
        document.put("description", PackageLabels.of(language).get("portability"));
        document.put("data", bySource.values());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "data.json", toJson(document));
            for (AccessPackage.Data data : bySource.values()) {
                entry(zip, data.source() + ".csv", csv(data));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Case " + caseNumber + ": portability package could not be written", e);
        }
        return bytes.toByteArray();
    }

    private Map<String, AccessPackage.Data> bySource(List<DataRecord> rows, Language language) {
        Map<String, List<DataRecord>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r));
        Map<String, AccessPackage.Data> bySource = new LinkedHashMap<>();
        grouped.forEach((source, records) -> {
            PersonalDataTable t = dataMap.source(source);
            // Keys that only link rows inside our database mean nothing to the customer.
            Set<String> internal = new java.util.HashSet<>(List.of(t.idColumn(), t.subject().column()));
            List<String> columns = records.get(0).values().keySet().stream().filter(c -> !internal.contains(c)).toList();
            List<Map<String, String>> values = records.stream().map(r -> {
                Map<String, String> row = new LinkedHashMap<>();
                columns.forEach(c -> row.put(c, text(r.values().get(c))));
                return row;
            }).toList();
            Map<String, String> labels = new LinkedHashMap<>();
            columns.forEach(c -> labels.put(c, record.columnLabel(c, language)));
            bySource.put(source, new AccessPackage.Data(source, t.category().in(language), columns, labels, values));
        });
        return bySource;
    }

    /** Each search with what it found, the data as the searcher entered them, under the source's name. */
    private List<AccessPackage.ManualSearch> manualSearches(String caseNumber, Language language) {
        return jdbc.query("SELECT manual_source_id, outcome, data_found FROM manual_source_search"
                        + " WHERE case_number = :caseNumber ORDER BY manual_source_id",
                new MapSqlParameterSource("caseNumber", caseNumber),
                (rs, i) -> new AccessPackage.ManualSearch(record.manualSource(rs.getString(1))
                        .map(m -> m.name().in(language)).orElse(rs.getString(1)), rs.getString(2), rs.getString(3)));
    }

    /** The activities of the manual sources whose search found the requester's data. */
    private List<String> manualActivities(String caseNumber) {
        return jdbc.queryForList("SELECT manual_source_id FROM manual_source_search WHERE case_number = :caseNumber"
                        + " AND outcome = 'FOUND'", new MapSqlParameterSource("caseNumber", caseNumber), String.class)
                .stream().flatMap(id -> record.manualSource(id).map(m -> m.activities().stream())
                        .orElse(java.util.stream.Stream.empty())).toList();
    }

    /** Through the repository: the answer letter written next in the same job reads the same row. */
    private Language language(String caseNumber) {
        return requests.find(caseNumber).map(RequestRecord::language).orElseThrow(() ->
                new IllegalArgumentException("Case " + caseNumber + " is not known to the desk"));
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Package could not be written as JSON", e);
        }
    }

    byte[] html(AccessPackage pkg, Language language) {
        try {
            Template template = freemarker.getTemplate("access-package.ftlh");
            StringWriter out = new StringWriter();
            template.process(Map.of("pkg", pkg, "l", PackageLabels.of(language)), out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Case " + pkg.caseNumber() + ": access package page could not be written", e);
        }
    }

    private static byte[] csv(AccessPackage.Data data) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", data.columns().stream().map(SubjectPackages::csvCell).toList())).append("\r\n");
        for (Map<String, String> row : data.rows()) {
            csv.append(String.join(",", data.columns().stream().map(c -> csvCell(row.get(c))).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell as text, never a formula: spreadsheets run a cell that starts with = + - @ (or a tab or carriage return
     * before one), so such a cell is prefixed with an apostrophe and quoted (OWASP CSV injection). data.json keeps
     * the value unchanged.
     */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "\"'" + value.replace("\"", "\"\"") + "\"";
        }
        return PLAIN_CSV_CELL.matcher(value).matches() ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ZIP_ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
