package com.privacydesk.datamap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.request.RequestProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of processing in a running application: built into the data map and loaded into the database at
 * start-up, served as JSON and as the register (HTML, CSV) over HTTP on a real port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessingActivitiesApiTest {

    private static final List<String> ROP_TABLES = List.of("rop_activity", "rop_data_category", "rop_access",
            "rop_protection", "rop_recipient", "rop_table", "rop_column", "rop_anonymisation", "rop_storage",
            "rop_manual_source", "rop_manual_source_activity", "rop_text");

    private static final String DPO = "roptestdpo";
    private static final String PASSWORD = "rop-test-pw-1";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecordOfProcessingStore store;
    @Autowired DataMap dataMap;
    @Autowired IdentityService identityService;

    /** The API is for the desk's staff: a manager (e.g. the DPO's contact) logs in with HTTP Basic. */
    @BeforeEach
    void staff() {
        if (identityService.createUserQuery().userId(DPO).count() == 0) {
            User user = identityService.newUser(DPO);
            user.setPassword(PASSWORD);
            user.setFirstName("Data");
            user.setLastName("Protection");
            identityService.saveUser(user);
            if (identityService.createGroupQuery().groupId(RequestProcess.GROUP_MANAGERS).count() == 0) {
                Group group = identityService.newGroup(RequestProcess.GROUP_MANAGERS);
                group.setName("Managers");
                identityService.saveGroup(group);
            }
            identityService.createMembership(DPO, RequestProcess.GROUP_MANAGERS);
        }
        http = http.withBasicAuth(DPO, PASSWORD);
    }

    @Test
    void startUp_buildsTheMapFromTheRecord_andLoadsItIntoTheDatabase_idempotently() {
        assertThat(dataMap.tables()).extracting(PersonalDataTable::source).isEqualTo(TestDataMaps.shipped().tables()
                .stream().map(PersonalDataTable::source).toList());
        List<Integer> loaded = counts();
        assertThat(loaded.get(0)).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT source FROM rop_table ORDER BY seq", String.class)).startsWith("customer", "contact_points");
        assertThat(jdbc.queryForObject("SELECT legal_ground FROM rop_table WHERE source = 'invoices'", String.class))
                .isEqualTo("GDPR Art. 17(3)(b): tax retention duty");
        assertThat(jdbc.queryForList("SELECT activity_id FROM rop_storage WHERE source = 'order_lines' ORDER BY activity_id",
                String.class)).containsExactly("invoicing", "orders-and-delivery");
        // The customer-facing texts in every language: the same text five times per field and item.
        assertThat(jdbc.queryForList("SELECT language || ': ' || text FROM rop_text WHERE owner_kind = 'TABLE'"
                + " AND owner_id = 'invoices' AND field = 'legal_ground' ORDER BY language", String.class)).containsExactly(
                "de: Art. 17 Abs. 3 lit. b DSGVO: steuerliche Aufbewahrungspflicht",
                "en: GDPR Art. 17(3)(b): tax retention duty",
                "fr: art. 17, paragraphe 3, point b), du RGPD : obligation fiscale de conservation",
                "nl: art. 17 lid 3 onder b AVG: fiscale bewaarplicht",
                "pl: Art. 17 ust. 3 lit. b RODO: obowiązek przechowywania dokumentacji podatkowej");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rop_text WHERE owner_kind = 'ACTIVITY'"
                + " AND owner_id = 'marketing' AND field = 'data_category'", Integer.class)).isEqualTo(3 * 5);

        store.refresh();
        store.refresh();

        assertThat(counts()).isEqualTo(loaded);
    }

    @Test
    void json_everyActivityWithItsTablesAndErasurePolicies() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/processing-activities", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("activities")).hasSize(5);
        JsonNode account = body.path("activities").get(0);
        assertThat(account.path("access")).isNotEmpty();
        assertThat(account.path("protection")).isNotEmpty();
        JsonNode customer = account.path("storage").get(0);
        assertThat(customer.path("table").asText()).isEqualTo("customer");
        assertThat(customer.path("erasure").asText()).isEqualTo("ANONYMISE");
        assertThat(customer.path("erasureDetail").asText()).contains("first_name: replaced by \"Anonymised\"", "email: emptied");
        JsonNode lines = body.path("activities").get(1).path("storage").get(1);
        assertThat(lines.path("subject").asText()).isEqualTo("order_id → customer_order.id");
        assertThat(lines.path("erasure").asText()).isEqualTo("RETAIN");
        assertThat(body.path("manualSources")).extracting(m -> m.path("kind").asText())
                .contains("SPREADSHEET", "ADDRESS_BOOK", "PAPER_FILE", "SUPPLIER_WITHOUT_API");
    }

    @Test
    void register_inTheLanguageAsked_customerTextsTranslated_englishByDefault_unknownLanguageRefused() throws Exception {
        JsonNode german = json.readTree(http.getForEntity("/api/processing-activities?language=de", String.class).getBody());
        assertThat(german.path("language").asText()).isEqualTo("de");
        assertThat(german.path("activities").get(2).path("purpose").asText()).isEqualTo("Rechnungsstellung und Buchhaltung");
        assertThat(german.path("activities").get(2).path("legalBasis").asText()).startsWith("Art. 6 Abs. 1 lit. c DSGVO");
        assertThat(german.path("activities").get(2).path("storage").get(0).path("erasureDetail").asText())
                .isEqualTo("Art. 17 Abs. 3 lit. b DSGVO: steuerliche Aufbewahrungspflicht");
        assertThat(german.path("manualSources").get(0).path("name").asText()).isEqualTo("Beschwerdeliste (Tabelle) des Kundenservice");
        // The register's own entries for the DPO stay as written.
        assertThat(german.path("activities").get(2).path("access").get(0).asText()).isEqualTo("Accounting staff");

        JsonNode english = json.readTree(http.getForEntity("/api/processing-activities", String.class).getBody());
        assertThat(english.path("language").asText()).isEqualTo("en");
        assertThat(english.path("activities").get(2).path("purpose").asText()).isEqualTo("Invoicing and bookkeeping");

        ResponseEntity<String> polishCsv = http.getForEntity("/api/processing-activities/register.csv?language=pl", String.class);
        assertThat(polishCsv.getBody()).contains("Wystawianie faktur i prowadzenie księgowości");
        assertThat(http.getForEntity("/api/processing-activities/register.html?language=nl", String.class).getBody())
                .contains("Facturering en boekhouding");
        JsonNode french = json.readTree(http.getForEntity("/api/processing-activities?language=fr", String.class).getBody());
        assertThat(french.path("activities").get(2).path("purpose").asText()).isEqualTo("Facturation et tenue de la comptabilité");
        assertThat(french.path("activities").get(2).path("legalBasis").asText())
                .startsWith("art. 6, paragraphe 1, point c), du RGPD");

        ResponseEntity<String> unknown = http.getForEntity("/api/processing-activities?language=it", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void register_asHtmlToPrint_andCsvForASpreadsheet() {
        ResponseEntity<String> html = http.getForEntity("/api/processing-activities/register.html", String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(html.getBody()).contains("Record of processing activities", "Invoicing and bookkeeping",
                "Who has access", "Protection measures", "GDPR Art. 17(3)(b): tax retention duty",
                "Places no query reaches", "Complaints spreadsheet");
        // Auto-escaped: the quotes of an anonymisation text are entities, not raw markup.
        assertThat(html.getBody()).contains("replaced by &quot;Anonymised&quot;");

        ResponseEntity<byte[]> csv = http.getForEntity("/api/processing-activities/register.csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF\"Entry\",\"Activity\",\"Purpose\"");
        // One line per activity and table (order_lines under two activities), one per manual source.
        assertThat(lines).hasSize(1 + 11 + 4);
        assertThat(lines).anyMatch(l -> l.startsWith("\"ACTIVITY\",\"invoicing\"") && l.contains("\"RETAIN\""));
    }

    private List<Integer> counts() {
        // The table names are the constants above.
        return ROP_TABLES.stream().map(t -> jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)).toList();
    }
}
