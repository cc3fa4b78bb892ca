package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data map as the record of processing (record-of-processing.yaml) declares it, checked against PostgreSQL. */
class DataMapTest {

    static final String SHIPPED = read();

    private static final String INVOICE_GROUND = """
                          legal-ground:
                            en: "GDPR Art. 17(3)(b): tax retention duty"
                            pl: "Art. 17 ust. 3 lit. b RODO: obowiązek przechowywania dokumentacji podatkowej"
                            de: "Art. 17 Abs. 3 lit. b DSGVO: steuerliche Aufbewahrungspflicht"
                            nl: "art. 17 lid 3 onder b AVG: fiscale bewaarplicht"
                            fr: "art. 17, paragraphe 3, point b), du RGPD : obligation fiscale de conservation"
            """;

    private final DataMap map = TestDataMaps.shipped();

    private static String read() {
        try (var in = DataMapTest.class.getResourceAsStream("/record-of-processing.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped record with one text replaced: a broken variant, as a person might edit it. */
    static RecordOfProcessing edited(String... fromTo) {
        String yaml = SHIPPED;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(yaml).contains(fromTo[i]);
            yaml = yaml.replace(fromTo[i], fromTo[i + 1]);
        }
        return RecordOfProcessingLoader.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8),
                "edited record-of-processing.yaml"));
    }

    @Test
    void shippedRecord_buildsTheMapInFileOrder_andMatchesThePostgresSchema() {
        assertThat(map.tables()).extracting(PersonalDataTable::source).containsExactly("customer", "contact_points",
                "data_changes", "orders", "order_lines", "invoices", "support_tickets", "chat_sessions", "call_recordings",
                "marketing_consents");
        assertThat(map.source("order_lines").activity()).isEqualTo("orders-and-delivery");
        assertThat(TestDataMaps.record().concerning(List.of("order_lines"))).extracting(ProcessingActivity::id)
                .containsExactly("orders-and-delivery", "invoicing");

        DataMapSchemaCheck.verify(map, EmbeddedPostgresSupport.dataSource());
    }

    @Test
    void everyTableWithACustomerIdIsMapped_soNoNewTableEscapesLookupAndErasure() {
        List<String> withCustomerId = EmbeddedPostgresSupport.jdbc().queryForList("SELECT table_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND column_name = 'customer_id' ORDER BY table_name", Map.of(), String.class);

        assertThat(map.tables().stream().map(PersonalDataTable::table)).containsAll(withCustomerId);
        assertThat(withCustomerId).hasSize(8);
    }

    @Test
    void subjectCondition_childReachesTheSubjectThroughItsParent() {
        assertThat(map.subjectCondition(map.source("order_lines")))
                .isEqualTo("order_id IN (SELECT id FROM customer_order WHERE customer_id = :customerId)");
        assertThat(map.subjectCondition(map.source("customer"))).isEqualTo("id = :customerId");
    }

    @Test
    void erasurePolicies_comeFromTheRecord() {
        assertThat(map.source("invoices").erasure()).isEqualTo(ErasurePolicy.RETAIN);
        assertThat(map.source("invoices").legalGround().en()).isEqualTo("GDPR Art. 17(3)(b): tax retention duty");
        assertThat(map.source("invoices").legalGround().in(Language.de))
                .isEqualTo("Art. 17 Abs. 3 lit. b DSGVO: steuerliche Aufbewahrungspflicht");
        assertThat(map.source("customer").anonymise()).extracting(Anonymisation::replacement).startsWith(
                Anonymisation.Replacement.TEXT, Anonymisation.Replacement.TEXT, Anonymisation.Replacement.NULL)
                .endsWith(Anonymisation.Replacement.ERASURE_TIME);
        assertThat(map.source("customer").restrictionColumn()).isEqualTo("restricted_at");
        assertThat(map.source("invoices").providedBySubject()).isFalse();
        assertThat(TestDataMaps.record().manualSources()).extracting(ManualSource::ownerGroup).contains("agents", "managers");
    }

    @Test
    void brokenRecords_areRefusedNamingActivityTableAndColumn() {
        assertThatThrownBy(() -> DataMap.from(edited(INVOICE_GROUND, "              legal-ground: \" \"\n")))
                .hasMessageContaining("activity invoicing, storage invoices (table invoice)")
                .hasMessageContaining("legal ground is required for RETAIN");
        assertThatThrownBy(() -> DataMap.from(edited("table: support_ticket", "table: support_ticket; DROP TABLE customer")))
                .hasMessageContaining("activity customer-service, storage support_tickets")
                .hasMessageContaining("is not a plain lower-case identifier");
        assertThatThrownBy(() -> DataMap.from(edited("via: {column: order_id, parent: orders}", "via: {column: order_id, parent: invoices}")))
                .hasMessageContaining("activity orders-and-delivery")
                .hasMessageContaining("leads to the subject through invoices, which must be declared before it");
        assertThatThrownBy(() -> DataMap.from(edited("          - source: order_lines\n      - id: customer-service",
                "          - source: order_line\n      - id: customer-service")))
                .hasMessageContaining("activity invoicing, storage order_line: no activity defines this source");
        assertThatThrownBy(() -> DataMap.from(edited("            restriction-column: restricted_at\n", "")))
                .hasMessageContaining("activity customer-account, storage customer: a restriction (Art. 18) must reach every source");
        assertThatThrownBy(() -> DataMap.from(edited("en: \"Art. 6(1)(a) GDPR: your consent\"", "en: \"consent\"")))
                .hasMessageContaining("activity marketing, legal-basis: en must cite Art. 6(1)(a) to (f)");
        assertThatThrownBy(() -> edited("        kind: PAPER_FILE\n", ""))
                .hasMessageContaining("manualSources[2].kind");
    }

    @Test
    void customerFacingTexts_areRequiredInEveryLanguage_namingActivityAndField() {
        assertThatThrownBy(() -> DataMap.from(edited("          de: \"Zusendung von Angeboten und Newslettern\"\n", "")))
                .hasMessageContaining("activity marketing, purpose (\"Sending you offers and newsletters\"): no text in de");
        // A plain string is English only: every other language is missing.
        assertThatThrownBy(() -> DataMap.from(edited("""
                        retention:
                          en: "2 years after the case is closed; call recordings 90 days"
                          pl: "2 lata od zamknięcia sprawy; nagrania rozmów 90 dni"
                          de: "2 Jahre nach Abschluss des Vorgangs; Gesprächsaufzeichnungen 90 Tage"
                          nl: "2 jaar na het afsluiten van de zaak; gespreksopnamen 90 dagen"
                          fr: "2 ans après la clôture du dossier ; enregistrements des appels : 90 jours"
                """, """
                        retention: "2 years after the case is closed; call recordings 90 days"
                """)))
                .hasMessageContaining("activity customer-service, retention (\"2 years after the case is closed; call"
                        + " recordings 90 days\"): no text in pl, de, nl, fr");
        assertThatThrownBy(() -> DataMap.from(edited("{en: consent history, pl: historia zgód, de: Einwilligungshistorie, nl: toestemmingsgeschiedenis, fr: \"historique des consentements\"}",
                "{en: consent history, pl: historia zgód, de: Einwilligungshistorie, fr: \"historique des consentements\"}")))
                .hasMessageContaining("activity marketing, data-categories[2] (\"consent history\"): no text in nl");
        assertThatThrownBy(() -> DataMap.from(edited("          fr: \"Envoi d'offres et de lettres d'information\"\n", "")))
                .hasMessageContaining("activity marketing, purpose (\"Sending you offers and newsletters\"): no text in fr");
        assertThatThrownBy(() -> DataMap.from(edited("category: {en: Invoices, pl: Faktury, de: Rechnungen, nl: Facturen, fr: \"Factures\"}",
                "category: {en: Invoices, pl: Faktury, nl: Facturen, fr: \"Factures\"}")))
                .hasMessageContaining("activity invoicing, storage invoices, category (\"Invoices\"): no text in de");
        assertThatThrownBy(() -> DataMap.from(edited(INVOICE_GROUND, INVOICE_GROUND.replace("                pl: \"Art. 17 ust. 3 lit. b RODO: obowiązek przechowywania dokumentacji podatkowej\"\n", ""))))
                .hasMessageContaining("activity invoicing, storage invoices, legal-ground (\"GDPR Art. 17(3)(b): tax retention duty\"): no text in pl");
        assertThatThrownBy(() -> DataMap.from(edited("      - {column: visitor_ip, en: IP address, pl: adres IP, de: IP-Adresse, nl: IP-adres, fr: \"adresse IP\"}\n", "")))
                .hasMessageContaining("activity customer-service, storage chat_sessions, column visitor_ip: no label in column-labels");
        assertThatThrownBy(() -> DataMap.from(edited("{column: visitor_ip, en: IP address, pl: adres IP, de: IP-Adresse, nl: IP-adres, fr: \"adresse IP\"}",
                "{column: visitor_ip, en: IP address, pl: adres IP, nl: IP-adres, fr: \"adresse IP\"}")))
                .hasMessageContaining("column-labels, visitor_ip (\"IP address\"): no text in de");
        assertThatThrownBy(() -> DataMap.from(edited("          nl: \"Klachtenoverzicht (spreadsheet) van de klantenservice\"\n", "")))
                .hasMessageContaining("manual source complaints-spreadsheet, name");
        // The legal basis cites the same point of Art. 6(1) in every language, as that language's law writes it.
        assertThatThrownBy(() -> DataMap.from(edited("de: \"Art. 6 Abs. 1 lit. a DSGVO: Ihre Einwilligung\"",
                "de: \"Art. 6 Abs. 1 lit. b DSGVO: Ihre Einwilligung\"")))
                .hasMessageContaining("activity marketing, legal-basis: de must cite \"Art. 6 Abs. 1 lit. a DSGVO\" like the en text");
        assertThatThrownBy(() -> DataMap.from(edited("fr: \"art. 6, paragraphe 1, point a), du RGPD : consentement du client\"",
                "fr: \"art. 6, paragraphe 1, point f), du RGPD : consentement du client\"")))
                .hasMessageContaining("activity marketing, legal-basis: fr must cite \"art. 6, paragraphe 1, point a), du RGPD\" like the en text");
        // Without the comma of EU style the French cites the same point.
        org.assertj.core.api.Assertions.assertThatCode(() -> DataMap.from(edited(
                "fr: \"art. 6, paragraphe 1, point a), du RGPD : consentement du client\"",
                "fr: \"art. 6, paragraphe 1, point a) du RGPD : consentement du client\""))).doesNotThrowAnyException();
    }

    @Test
    void shippedRecord_givesEveryLanguageItsOwnWording() {
        ProcessingActivity invoicing = TestDataMaps.record().activity("invoicing").orElseThrow();
        assertThat(invoicing.legalBasis().in(Language.pl)).startsWith("Art. 6 ust. 1 lit. c RODO");
        assertThat(invoicing.legalBasis().in(Language.de)).startsWith("Art. 6 Abs. 1 lit. c DSGVO");
        assertThat(invoicing.legalBasis().in(Language.nl)).startsWith("art. 6 lid 1 onder c AVG");
        assertThat(invoicing.legalBasis().in(Language.fr)).startsWith("art. 6, paragraphe 1, point c), du RGPD");
        // No text is left untranslated by copying the English: the languages differ wherever words are used.
        for (ProcessingActivity a : TestDataMaps.record().activities()) {
            for (Language language : List.of(Language.pl, Language.de, Language.nl, Language.fr)) {
                assertThat(a.purpose().in(language)).as(a.id() + " purpose " + language).isNotEqualTo(a.purpose().en());
                assertThat(a.retention().in(language)).as(a.id() + " retention " + language).isNotEqualTo(a.retention().en());
                assertThat(a.origin().in(language)).as(a.id() + " origin " + language).isNotEqualTo(a.origin().en());
            }
        }
    }

    @Test
    void schemaCheck_namesTheMissingTableAndColumn() {
        // Labelled as well: the label check passes, only the database knows the column is not there.
        DataMap typo = DataMap.from(edited("columns: [started_at, ended_at, visitor_ip,", "columns: [started_at, ended_at, visitor_ipp,",
                "{column: visitor_ip,", "{column: visitor_ipp,"));
        assertThatThrownBy(() -> DataMapSchemaCheck.verify(typo, EmbeddedPostgresSupport.dataSource()))
                .hasMessageContaining("activity customer-service, storage chat_sessions: column chat_session.visitor_ipp does not exist");

        DataMap missing = DataMap.from(edited("table: call_recording", "table: call_recordings"));
        assertThatThrownBy(() -> DataMapSchemaCheck.verify(missing, EmbeddedPostgresSupport.dataSource()))
                .hasMessageContaining("storage call_recordings: table call_recordings does not exist");
    }
}
