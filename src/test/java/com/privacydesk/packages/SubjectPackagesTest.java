package com.privacydesk.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.privacydesk.testsupport.EmbeddedPostgresSupport.customerId;
import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access (Art. 15) and portability (Art. 20) packages on PostgreSQL, from the shipped record of processing. */
class SubjectPackagesTest {

    static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    static SubjectPackages packages(NamedParameterJdbcTemplate jdbc, DataMap map, RecordOfProcessing record) {
        return new SubjectPackages(jdbc, new RequestRepository(jdbc.getJdbcTemplate()), new PersonalDataCollector(jdbc, map),
                map, record, new PackageStore(jdbc),
                Clock.fixed(AT, ZoneOffset.UTC));
    }

    static SubjectPackages packages(NamedParameterJdbcTemplate jdbc) {
        return packages(jdbc, TestDataMaps.shipped(), TestDataMaps.record());
    }

    /** The desk's record of a request: packages are stored with their case. */
    static void request(NamedParameterJdbcTemplate jdbc, String caseNumber, String language) {
        jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, received_at, deadline, created_at)"
                + " VALUES (:c, 'EMAIL', 'ACCESS,PORTABILITY', :l, CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP)",
                new MapSqlParameterSource("c", caseNumber).addValue("l", language));
    }

    static String text(NamedParameterJdbcTemplate jdbc, String caseNumber, PackageKind kind) {
        return new String(new PackageStore(jdbc).find(caseNumber, 1, kind).orElseThrow().content(), StandardCharsets.UTF_8);
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void accessPackage_annaKowalska_dataGroupedByActivity_withEveryArt15Item_inPolish() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-1", "pl");
            long id = customerId(jdbc, "C-100001");
            // What a customer once typed is shown as text on the page, never run as markup.
            jdbc.update("UPDATE support_ticket SET subject = '<script>alert(1)</script>' WHERE ticket_number = 'T-24-0101'",
                    Map.of());

            List<PackageKind> stored = packages(jdbc).prepare("DSR-T-1", 1, id, List.of(Right.ACCESS));

            assertThat(stored).containsExactly(PackageKind.ACCESS_JSON, PackageKind.ACCESS_HTML);
            JsonNode pkg = read(text(jdbc, "DSR-T-1", PackageKind.ACCESS_JSON));
            assertThat(pkg.path("language").asText()).isEqualTo("pl");
            assertThat(pkg.path("activities")).extracting(a -> a.path("id").asText())
                    .containsExactly("customer-account", "orders-and-delivery", "invoicing", "customer-service", "marketing");
            JsonNode account = pkg.path("activities").get(0);
            // The record's texts in the customer's language, the legal basis cited as Polish law writes it.
            assertThat(account.path("purpose").asText()).isEqualTo("Prowadzenie konta klienta i wykonanie zawartej z klientem umowy");
            assertThat(account.path("legalBasis").asText()).startsWith("Art. 6 ust. 1 lit. b RODO");
            assertThat(account.path("dataCategories")).extracting(JsonNode::asText).contains("imię i nazwisko", "data urodzenia");
            assertThat(account.path("recipients")).extracting(JsonNode::asText).contains("Dostawca systemu CRM (podmiot przetwarzający)");
            assertThat(account.path("retention").asText()).contains("3 lata");
            assertThat(account.path("source").asText()).isEqualTo("Podane przez klienta przy zakładaniu konta");
            JsonNode customer = account.path("data").get(0);
            assertThat(customer.path("category").asText()).isEqualTo("Dane konta klienta");
            assertThat(customer.path("rows").get(0).path("email").asText()).isEqualTo("anna.kowalska@example.pl");
            assertThat(customer.path("rows").get(0).has("id")).as("internal key left out").isFalse();
            JsonNode chat = pkg.path("activities").get(3).path("data");
            assertThat(chat.toString()).contains("192.0.2.15");
            // Ordered products serve delivery and invoicing: both activities list them.
            assertThat(pkg.path("activities").get(2).path("data")).extracting(d -> d.path("source").asText())
                    .containsExactly("invoices", "order_lines");

            String html = text(jdbc, "DSR-T-1", PackageKind.ACCESS_HTML);
            assertThat(html).contains("<html lang=\"pl\">", "Pani/Pana dane osobowe", "Podstawa prawna", "Odbiorcy",
                    "Jak długo przechowujemy dane", "Źródło danych", "Kowalska", "192.0.2.15",
                    "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
            // No English text of the record is left in the Polish package.
            assertThat(html + pkg).doesNotContain(TestDataMaps.englishTextsNotIn(com.privacydesk.request.Language.pl)
                    .toArray(String[]::new));
        });
    }

    @Test
    void accessPackage_inFrench_printsTheRecordInFrench_andNoEnglishTextOfIt() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-6", "fr");
            long id = customerId(jdbc, "C-100001");

            packages(jdbc).prepare("DSR-T-6", 1, id, List.of(Right.ACCESS, Right.PORTABILITY));

            JsonNode pkg = read(text(jdbc, "DSR-T-6", PackageKind.ACCESS_JSON));
            assertThat(pkg.path("language").asText()).isEqualTo("fr");
            JsonNode account = pkg.path("activities").get(0);
            assertThat(account.path("purpose").asText()).isEqualTo("Gestion du compte client et exécution du contrat conclu avec le client");
            assertThat(account.path("legalBasis").asText()).startsWith("art. 6, paragraphe 1, point b), du RGPD");
            assertThat(account.path("data").get(0).path("category").asText()).isEqualTo("Données du compte client");
            String html = text(jdbc, "DSR-T-6", PackageKind.ACCESS_HTML);
            assertThat(html).contains("<html lang=\"fr\">", "Vos données à caractère personnel", "Base juridique",
                    "Destinataires", "Durée de conservation", "Origine des données", "Kowalska");
            assertThat(html + pkg).doesNotContain(TestDataMaps.englishTextsNotIn(com.privacydesk.request.Language.fr)
                    .toArray(String[]::new));
        });
    }

    @Test
    void partialAnswer_withheldSourcesAreLeftOutOfBothPackages_andNamedAsWithheld() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-5", "de");
            long id = customerId(jdbc, "C-100001");

            packages(jdbc).prepare("DSR-T-5", 1, id, List.of(Right.ACCESS, Right.PORTABILITY), List.of("chat_sessions", "orders"));

            JsonNode pkg = read(text(jdbc, "DSR-T-5", PackageKind.ACCESS_JSON));
            assertThat(pkg.toString()).doesNotContain("192.0.2.15");
            assertThat(pkg.path("withheld")).extracting(JsonNode::asText)
                    .containsExactly("Bestellhistorie", "Chatsitzungen (mit IP-Adresse)");
            // What the processing is for is still told (Art. 15(1)); only the copy leaves the data out.
            JsonNode service = pkg.path("activities").get(3);
            assertThat(service.path("id").asText()).isEqualTo("customer-service");
            assertThat(service.path("data")).extracting(d -> d.path("source").asText()).doesNotContain("chat_sessions");
            assertThat(pkg.path("activities").get(1).path("data")).extracting(d -> d.path("source").asText())
                    .containsExactly("order_lines");
            assertThat(text(jdbc, "DSR-T-5", PackageKind.ACCESS_HTML))
                    .contains("Nicht in dieser Kopie enthaltene Daten", "Chatsitzungen (mit IP-Adresse)").doesNotContain("192.0.2.15");
            Map<String, String> zip = unzipUnchecked(new PackageStore(jdbc).find("DSR-T-5", 1, PackageKind.PORTABILITY_ZIP)
                    .orElseThrow().content());
            assertThat(zip).doesNotContainKey("orders.csv").containsKey("customer.csv");
            assertThatThrownBy(() -> packages(jdbc).prepare("DSR-T-5", 1, id, List.of(Right.ACCESS), List.of("nope")))
                    .hasMessageContaining("unknown source nope");
        });
    }

    @Test
    void portabilityPackage_onlyDataProvidedUnderConsentOrContract_asJsonAndCsvInAZip() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-2", "en");
            long id = customerId(jdbc, "C-100001");

            packages(jdbc).prepare("DSR-T-2", 1, id, List.of(Right.PORTABILITY));

            byte[] zip = new PackageStore(jdbc).find("DSR-T-2", 1, PackageKind.PORTABILITY_ZIP).orElseThrow().content();
            Map<String, String> entries = unzipUnchecked(zip);
            assertThat(entries.keySet()).containsExactly("data.json", "customer.csv", "contact_points.csv", "orders.csv",
                    "order_lines.csv", "marketing_consents.csv");
            assertThat(entries.get("customer.csv")).startsWith("customer_number,first_name,last_name,email,")
                    .contains("C-100001,Anna,Kowalska,anna.kowalska@example.pl");
            assertThat(read(entries.get("data.json")).path("data")).extracting(d -> d.path("source").asText())
                    .doesNotContain("invoices", "support_tickets", "chat_sessions", "data_changes");
            assertThat(new PackageStore(jdbc).kinds("DSR-T-2", 1)).containsExactly(PackageKind.PORTABILITY_ZIP);
        });
    }

    /** A name typed as =HYPERLINK(...) in a web shop must not become a live formula in the customer's spreadsheet. */
    @Test
    void portabilityCsv_cellsStartingWithAFormulaCharacter_areDefused() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-9", "en");
            jdbc.update("UPDATE customer SET first_name = :first, last_name = :last WHERE customer_number = 'C-100001'",
                    java.util.Map.of("first", "=HYPERLINK(\"https://evil.example\",\"x\")", "last", "@SUM(1+1)"));
            long id = customerId(jdbc, "C-100001");

            packages(jdbc).prepare("DSR-T-9", 1, id, List.of(Right.PORTABILITY));

            String csv = unzipUnchecked(new PackageStore(jdbc).find("DSR-T-9", 1, PackageKind.PORTABILITY_ZIP)
                    .orElseThrow().content()).get("customer.csv");
            assertThat(csv).contains("C-100001,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",\"'@SUM(1+1)\"")
                    .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK").doesNotContain(",@SUM");
        });
    }

    @Test
    void prepare_twice_replacesThePackages_sameBytes_oneRowPerKind() {
        rolledBack(jdbc -> {
            request(jdbc, "DSR-T-3", "de");
            long id = customerId(jdbc, "C-100003");
            SubjectPackages packages = packages(jdbc);

            packages.prepare("DSR-T-3", 1, id, List.of(Right.ACCESS, Right.PORTABILITY));
            Map<PackageKind, String> first = hashes(jdbc, "DSR-T-3");
            packages.prepare("DSR-T-3", 1, id, List.of(Right.ACCESS, Right.PORTABILITY));

            assertThat(hashes(jdbc, "DSR-T-3")).isEqualTo(first).hasSize(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_package WHERE case_number = 'DSR-T-3'",
                    Map.of(), Integer.class)).isEqualTo(3);
            assertThat(packages.prepare("DSR-T-3", 1, id, List.of(Right.ERASURE))).isEmpty();
        });
    }

    @Test
    void prepare_unknownCase_failsNamingTheCaseOnly() {
        rolledBack(jdbc -> assertThatThrownBy(() -> packages(jdbc).prepare("DSR-NOPE", 1, customerId(jdbc, "C-100001"),
                List.of(Right.ACCESS))).hasMessage("Case DSR-NOPE is not known to the desk"));
    }

    @Configuration
    @EnableTransactionManagement
    static class Wiring {
        @Bean DataSource dataSource() { return EmbeddedPostgresSupport.dataSource(); }
        @Bean PlatformTransactionManager transactionManager(DataSource ds) { return new DataSourceTransactionManager(ds); }
        @Bean NamedParameterJdbcTemplate jdbc(DataSource ds) { return new NamedParameterJdbcTemplate(ds); }
        @Bean DataMap dataMap() { return TestDataMaps.shipped(); }
        @Bean RecordOfProcessing record() { return TestDataMaps.record(); }
        @Bean Clock clock() { return Clock.fixed(AT, ZoneOffset.UTC); }
        @Bean PersonalDataCollector collector(NamedParameterJdbcTemplate jdbc, DataMap map) { return new PersonalDataCollector(jdbc, map); }
        @Bean RequestRepository requests(NamedParameterJdbcTemplate jdbc) { return new RequestRepository(jdbc.getJdbcTemplate()); }

        /** Fails on the last file of a run whenever told to: a crash between two writes. */
        @Bean PackageStore store(NamedParameterJdbcTemplate jdbc) {
            return new PackageStore(jdbc) {
                @Override
                void save(String caseNumber, int round, PackageKind kind, byte[] content, Instant at) {
                    super.save(caseNumber, round, kind, content, at);
                    if (kind == PackageKind.PORTABILITY_ZIP && FAIL.get()) {
                        throw new IllegalStateException("disk full");
                    }
                }
            };
        }
    }

    static final java.util.concurrent.atomic.AtomicBoolean FAIL = new java.util.concurrent.atomic.AtomicBoolean();

    @Test
    void prepare_failingHalfway_leavesThePreviousPackagesWhole() {
        try (var context = new AnnotationConfigApplicationContext()) {
            context.register(Wiring.class, SubjectPackages.class);
            context.refresh();
            NamedParameterJdbcTemplate jdbc = context.getBean(NamedParameterJdbcTemplate.class);
            SubjectPackages packages = context.getBean(SubjectPackages.class);
            long id = customerId(jdbc, "C-100002");
            try {
                request(jdbc, "DSR-T-4", "nl");
                FAIL.set(false);
                packages.prepare("DSR-T-4", 1, id, List.of(Right.ACCESS));
                Map<PackageKind, String> before = hashes(jdbc, "DSR-T-4");
                jdbc.update("UPDATE customer SET city = 'Haarlem' WHERE id = :id", Map.of("id", id));

                FAIL.set(true);
                assertThatThrownBy(() -> packages.prepare("DSR-T-4", 1, id, List.of(Right.ACCESS, Right.PORTABILITY)))
                        .hasMessage("disk full");

                assertThat(hashes(jdbc, "DSR-T-4")).isEqualTo(before).containsOnlyKeys(PackageKind.ACCESS_JSON,
                        PackageKind.ACCESS_HTML);
                assertThat(text(jdbc, "DSR-T-4", PackageKind.ACCESS_JSON)).contains("Amsterdam").doesNotContain("Haarlem");
            } finally {
                FAIL.set(false);
                jdbc.update("UPDATE customer SET city = 'Amsterdam' WHERE id = :id", Map.of("id", id));
                jdbc.update("DELETE FROM subject_package WHERE case_number = 'DSR-T-4'", Map.of());
                jdbc.update("DELETE FROM dsr_request WHERE case_number = 'DSR-T-4'", Map.of());
            }
        }
    }

    static Map<PackageKind, String> hashes(NamedParameterJdbcTemplate jdbc, String caseNumber) {
        Map<PackageKind, String> hashes = new LinkedHashMap<>();
        jdbc.query("SELECT kind, sha256 FROM subject_package WHERE case_number = :c ORDER BY kind",
                Map.of("c", caseNumber), rs -> {
                    hashes.put(PackageKind.valueOf(rs.getString(1)), rs.getString(2));
                });
        return hashes;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> unzipUnchecked(byte[] zip) {
        try {
            return unzip(zip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
