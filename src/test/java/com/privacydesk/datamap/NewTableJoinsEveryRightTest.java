package com.privacydesk.datamap;

import com.privacydesk.fulfilment.ErasureResult;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.lookup.DataFound;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.packages.PackageKind;
import com.privacydesk.packages.PackageStore;
import com.privacydesk.packages.SubjectPackages;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import com.privacydesk.verification.ContactNormaliser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static com.privacydesk.testsupport.EmbeddedPostgresSupport.customerId;
import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table the company adds (here: a loyalty programme, created while the test runs) becomes part of lookup,
 * the access and portability packages and erasure by adding it to the record of processing: no Java changes.
 */
class NewTableJoinsEveryRightTest {

    private static final Instant AT = Instant.parse("2025-03-10T09:00:00Z");

    /** What a person adds to record-of-processing.yaml, after the existing activities. */
    private static final String LOYALTY_ACTIVITY = """
                  - id: loyalty-programme
                    purpose:
                      en: "Collecting and redeeming loyalty points"
                      pl: "Zbieranie i wymiana punktów programu lojalnościowego"
                      de: "Sammeln und Einlösen von Treuepunkten"
                      nl: "Het sparen en inwisselen van spaarpunten"
                      fr: "Collecte et échange de points de fidélité"
                    legal-basis:
                      en: "Art. 6(1)(b) GDPR: performance of the loyalty programme contract"
                      pl: "Art. 6 ust. 1 lit. b RODO: wykonanie umowy programu lojalnościowego"
                      de: "Art. 6 Abs. 1 lit. b DSGVO: Erfüllung des Vertrags über das Treueprogramm"
                      nl: "art. 6 lid 1 onder b AVG: uitvoering van de overeenkomst voor het spaarprogramma"
                      fr: "art. 6, paragraphe 1, point b), du RGPD : exécution du contrat du programme de fidélité"
                    data-categories:
                      - {en: loyalty card number, pl: numer karty lojalnościowej, de: Nummer der Kundenkarte, nl: spaarkaartnummer, fr: numéro de carte de fidélité}
                      - {en: points balance, pl: saldo punktów, de: Punktestand, nl: puntensaldo, fr: solde de points}
                      - {en: redemptions, pl: wymienione nagrody, de: eingelöste Prämien, nl: ingewisselde beloningen, fr: récompenses échangées}
                    origin:
                      en: "Provided by you when joining the loyalty programme"
                      pl: "Podane przez klienta przy przystąpieniu do programu"
                      de: "Von Ihnen bei der Anmeldung zum Treueprogramm angegeben"
                      nl: "Door u verstrekt bij aanmelding voor het spaarprogramma"
                      fr: "Communiquées par le client lors de son adhésion au programme"
                    access: ["Customer-service agents"]
                    protection: ["Role-based access with personal accounts"]
                    recipients: [loyalty-platform]
                    retention:
                      en: "Until you leave the programme"
                      pl: "Do czasu wystąpienia z programu"
                      de: "Bis Sie das Programm verlassen"
                      nl: "Tot u het programma verlaat"
                      fr: "Jusqu'à la sortie du programme"
                    storage:
                      - source: loyalty_accounts
                        category: {en: Loyalty account, pl: Konto lojalnościowe, de: Treuekonto, nl: Spaarrekening, fr: Compte de fidélité}
                        table: loyalty_account
                        subject-column: customer_id
                        columns: [card_number, points, joined_at]
                        restriction-column: restricted_at
                        erasure: {policy: DELETE}
                      - source: loyalty_redemptions
                        category: {en: Redeemed rewards, pl: Wymienione nagrody, de: Eingelöste Prämien, nl: Ingewisselde beloningen, fr: Récompenses échangées}
                        table: loyalty_redemption
                        via: {column: account_id, parent: loyalty_accounts}
                        columns: [reward, redeemed_at]
                        restriction-column: restricted_at
                        erasure: {policy: DELETE}
            """;

    /** ... its recipient, told of a rectification, erasure or restriction (Art. 19), after the existing ones ... */
    private static final String LOYALTY_RECIPIENT = """
                  - id: loyalty-platform
                    role: PROCESSOR
                    notify-email: "privacy@loyalty-platform.example"
                    name:
                      en: "Loyalty platform provider (processor)"
                      pl: "Dostawca platformy lojalnościowej (podmiot przetwarzający)"
                      de: "Anbieter der Treueplattform (Auftragsverarbeiter)"
                      nl: "Leverancier van het spaarplatform (verwerker)"
                      fr: "Fournisseur de la plateforme de fidélité (sous-traitant)"
            """;

    /** ... and the names its columns get in letters and packages, at the end of column-labels. */
    private static final String LOYALTY_LABELS = """
                  - {column: card_number, en: card number, pl: numer karty, de: Kartennummer, nl: kaartnummer, fr: numéro de carte}
                  - {column: points, en: points, pl: punkty, de: Punkte, nl: punten, fr: points}
                  - {column: joined_at, en: joined on, pl: data przystąpienia, de: beigetreten am, nl: lid sinds, fr: membre depuis le}
                  - {column: reward, en: reward, pl: nagroda, de: Prämie, nl: beloning, fr: récompense}
                  - {column: redeemed_at, en: redeemed on, pl: data wymiany, de: eingelöst am, nl: ingewisseld op, fr: échangée le}
            """;

    static String withLoyaltyProgramme() {
        return DataMapTest.SHIPPED
                .replace("    # Who the data is disclosed to", LOYALTY_ACTIVITY + "    # Who the data is disclosed to")
                .replace("    manual-sources:\n", LOYALTY_RECIPIENT + "    manual-sources:\n") + LOYALTY_LABELS;
    }

    @Test
    void newTableInTheRecord_isLookedUpExportedAndErased() {
        rolledBack(jdbc -> {
            // The migration a developer would write (PostgreSQL DDL is transactional: rolled back with the test).
            jdbc.getJdbcTemplate().execute("""
                    CREATE TABLE loyalty_account (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        customer_id BIGINT NOT NULL REFERENCES customer (id), card_number VARCHAR(20) NOT NULL,
                        points INTEGER NOT NULL, joined_at DATE NOT NULL, restricted_at TIMESTAMP WITH TIME ZONE);
                    CREATE TABLE loyalty_redemption (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        account_id BIGINT NOT NULL REFERENCES loyalty_account (id), reward VARCHAR(100) NOT NULL,
                        redeemed_at DATE NOT NULL, restricted_at TIMESTAMP WITH TIME ZONE)""");
            long anna = customerId(jdbc, "C-100001");
            jdbc.update("INSERT INTO loyalty_account (customer_id, card_number, points, joined_at)"
                    + " VALUES (:id, 'LC-778899', 1250, DATE '2020-02-02')", new MapSqlParameterSource("id", anna));
            jdbc.update("INSERT INTO loyalty_redemption (account_id, reward, redeemed_at) SELECT id, 'Free delivery',"
                    + " DATE '2024-05-05' FROM loyalty_account WHERE card_number = 'LC-778899'", Map.of());
            jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, received_at, deadline, created_at)"
                    + " VALUES ('DSR-T-LOYAL', 'EMAIL', 'ACCESS', 'nl', CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP)",
                    Map.of());

            String yaml = withLoyaltyProgramme();
            RecordOfProcessing record = RecordOfProcessingLoader.load(new ByteArrayResource(
                    yaml.getBytes(StandardCharsets.UTF_8), "record with loyalty programme"));
            DataMap map = DataMap.from(record);
            DataMapSchemaCheck.verify(map, EmbeddedPostgresSupport.dataSource());
            PersonalDataCollector collector = new PersonalDataCollector(jdbc, map);

            assertThat(collector.collect(anna)).contains(new DataFound("loyalty_accounts", "Loyalty account", 1),
                    new DataFound("loyalty_redemptions", "Redeemed rewards", 1));

            SubjectPackages packages = new SubjectPackages(jdbc, new RequestRepository(jdbc.getJdbcTemplate()), collector,
                    map, record, new PackageStore(jdbc),
                    Clock.fixed(AT, ZoneOffset.UTC));
            packages.prepare("DSR-T-LOYAL", 1, anna, List.of(Right.ACCESS, Right.PORTABILITY));
            PackageStore store = new PackageStore(jdbc);
            String access = new String(store.find("DSR-T-LOYAL", 1, PackageKind.ACCESS_JSON).orElseThrow().content(),
                    StandardCharsets.UTF_8);
            // The customer asked in Dutch: the new activity's texts come in Dutch, as the record gives them.
            assertThat(access).contains("Het sparen en inwisselen van spaarpunten", "Leverancier van het spaarplatform (verwerker)",
                    "Spaarrekening", "kaartnummer", "LC-778899", "Free delivery").doesNotContain("Collecting and redeeming loyalty points");
            assertThat(zipEntries(store.find("DSR-T-LOYAL", 1, PackageKind.PORTABILITY_ZIP).orElseThrow().content()))
                    .contains("loyalty_accounts.csv", "loyalty_redemptions.csv");

            ErasureResult erased = new RightsExecutor(jdbc, map, new ContactNormaliser()).erase(anna, "DSR-T-LOYAL", AT);

            assertThat(erased.deleted()).containsEntry("loyalty_accounts", 1).containsEntry("loyalty_redemptions", 1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loyalty_redemption", Map.of(), Integer.class)).isZero();
            assertThat(collector.collect(anna)).extracting(DataFound::source)
                    .doesNotContain("loyalty_accounts", "loyalty_redemptions");
        });
    }

    @Test
    void newTableInTheRecord_withoutItsMigration_stopsStartUpNamingIt() {
        String yaml = withLoyaltyProgramme();
        DataMap map = DataMap.from(RecordOfProcessingLoader.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataMapSchemaCheck.verify(map, EmbeddedPostgresSupport.dataSource()))
                .hasMessageContaining("activity loyalty-programme, storage loyalty_accounts: table loyalty_account does not exist")
                .hasMessageContaining("storage loyalty_redemptions: table loyalty_redemption does not exist");
    }

    private static List<String> zipEntries(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }
}
