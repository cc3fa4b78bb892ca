package com.privacydesk.datamap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.country.CountryProfiles;
import com.privacydesk.request.Language;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/**
 * What the settings decide in the record (RecordOfProcessing.resolved): the recording activity's basis, the country's
 * retention rules with their citation, the periods of the settings in words; and the headings' translations.
 */
class RecordResolutionTest {

    private static final RecordSettings.Controller CONTROLLER = RecordOfProcessingLoader.DEFAULTS.controller();

    private static RecordOfProcessing resolved(String country, boolean recordingOnConsent) {
        return RecordOfProcessingLoader.load(new ByteArrayResource(DataMapTest.SHIPPED.getBytes(StandardCharsets.UTF_8),
                "shipped record")).resolved(RecordSettings.of(CountryProfiles.bundled().require(country),
                Period.ofYears(3), Period.ofYears(3), Duration.ofDays(30), recordingOnConsent, CONTROLLER));
    }

    private static ProcessingActivity activity(RecordOfProcessing record, String id) {
        return record.activity(id).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PL    | pl | art. 70 § 1 Ordynacji podatkowej   | art. 118 Kodeksu cywilnego
            DE-BY | de | § 147 Abs. 1 Nr. 4, Abs. 3 AO     | §§ 195, 199 BGB
            NL    | nl | Algemene wet inzake rijksbelastingen | 3:307 en 3:310 Burgerlijk Wetboek
            BE    | nl | artikel 60 Btw-Wetboek            | artikel 2262bis
            """)
    void retentionTexts_citeTheConfiguredCountrysRules(String country, Language language, String tax, String claims) {
        RecordOfProcessing record = resolved(country, false);

        assertThat(activity(record, "invoicing").retention().in(language)).contains(tax).doesNotContain("{");
        assertThat(activity(record, "orders-and-delivery").retention().in(language)).contains(tax);
        assertThat(activity(record, "customer-account").retention().in(language)).contains(claims);
        assertThat(activity(record, "marketing").retention().in(language)).contains(claims);
    }

    @Test
    void polishRecord_saysSixYearsUnderArt118_notAThreeYearPeriodAsPolishLaw() {
        String polish = activity(resolved("PL", false), "customer-account").retention().in(Language.pl);

        assertThat(polish).contains("6 lat", "3 lata dla roszczeń związanych z prowadzeniem działalności gospodarczej")
                .doesNotContain("3 lata po jej zakończeniu");
    }

    @Test
    void germanInvoices_eightYearsSince2025() {
        assertThat(activity(resolved("DE-BY", false), "invoicing").retention().in(Language.de))
                .contains("8 Jahre", "seit 1. Januar 2025");
    }

    @Test
    void theRecordingActivitysBasis_followsTheConfiguredRecordingBasis() {
        assertThat(activity(resolved("PL", false), "call-recording").legalBasis().en()).startsWith("Art. 6(1)(f)");
        assertThat(activity(resolved("PL", false), "call-recording").objectable()).isTrue();
        ProcessingActivity onConsent = activity(resolved("PL", true), "call-recording");
        assertThat(onConsent.legalBasis().en()).startsWith("Art. 6(1)(a)");
        assertThat(onConsent.legalBasis().pl()).startsWith("Art. 6 ust. 1 lit. a RODO");
        assertThat(onConsent.onConsent()).isTrue();
        // A withdrawal then reaches the recordings: their objection policy stays in the map.
        assertThat(DataMap.from(resolved("PL", true)).objection("call_recordings")).isPresent();
        // Other activities keep their basis.
        assertThat(activity(resolved("PL", true), "customer-service").legalBasis().en()).startsWith("Art. 6(1)(f)");
    }

    @Test
    void theSettingsPeriods_inWords() {
        RecordOfProcessing record = RecordOfProcessingLoader.load(new ByteArrayResource(
                DataMapTest.SHIPPED.getBytes(StandardCharsets.UTF_8), "shipped record")).resolved(RecordSettings.of(
                CountryProfiles.bundled().require("PL"), Period.ofYears(5), Period.ofMonths(18), Duration.ofDays(14),
                false, CONTROLLER));

        assertThat(activity(record, "data-subject-requests").retention().in(Language.pl)).startsWith("5 lat od zamknięcia");
        assertThat(activity(record, "data-subject-requests").retention().in(Language.de)).startsWith("5 Jahre nach");
        assertThat(activity(record, "call-recording").retention().in(Language.en)).contains("18 months after the answer");
        assertThat(activity(record, "dropped-call-callback").retention().in(Language.nl)).contains("14 dagen na het gesprek");
    }

    /** An activity that declares an automated decision (Art. 22) has it in every language, in the register too. */
    @Test
    void anAutomatedDecision_isBoundAndRequiredInEveryLanguage() {
        String declared = """
                        automated-decision:
                          logic:
                            en: "A score from the number of opened newsletters"
                            pl: "Ocena na podstawie liczby otwartych newsletterów"
                            de: "Ein Wert aus der Zahl der geöffneten Newsletter"
                            nl: "Een score op basis van het aantal geopende nieuwsbrieven"
                            fr: "Un score fondé sur le nombre de lettres d'information ouvertes"
                          significance: {en: "decides which offers are sent", pl: "decyduje o wysyłanych ofertach", de: "entscheidet über die gesendeten Angebote", nl: "bepaalt welke aanbiedingen worden verstuurd", fr: "détermine les offres envoyées"}
                          consequences: {en: "fewer offers", pl: "mniej ofert", de: "weniger Angebote", nl: "minder aanbiedingen", fr: "moins d'offres"}
                        access: ["Marketing team (selection only through the consent register)"]""";
        String yaml = DataMapTest.SHIPPED.replace(
                "        access: [\"Marketing team (selection only through the consent register)\"]",
                declared.indent(8).stripTrailing());
        RecordOfProcessing record = RecordOfProcessingLoader.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8),
                "with an automated decision")).resolved(RecordOfProcessingLoader.DEFAULTS);
        DataMap map = DataMap.from(record);

        assertThat(activity(record, "marketing").automatedDecision().logic().pl())
                .isEqualTo("Ocena na podstawie liczby otwartych newsletterów");
        Register register = Register.of(record, map, CONTROLLER, Language.de, "-");
        assertThat(register.activities()).filteredOn(a -> a.id().equals("marketing")).singleElement()
                .extracting(a -> a.automatedDecision().significance()).isEqualTo("entscheidet über die gesendeten Angebote");

        String withoutGerman = yaml.replace("            de: \"Ein Wert aus der Zahl der geöffneten Newsletter\"\n", "");
        assertThatThrownBy(() -> DataMap.from(RecordOfProcessingLoader.load(new ByteArrayResource(
                withoutGerman.getBytes(StandardCharsets.UTF_8), "edited")).resolved(RecordOfProcessingLoader.DEFAULTS)))
                .hasMessageContaining("activity marketing, automated-decision, logic").hasMessageContaining("no text in de");
    }

    @Test
    void anUnknownTerm_stopsTheStart_namingActivityAndKnownTerms() {
        String edited = DataMapTest.SHIPPED.replace("{closed-cases} after the case is closed (to show",
                "{closed-case} after the case is closed (to show");

        assertThatThrownBy(() -> RecordOfProcessingLoader.load(new ByteArrayResource(edited.getBytes(StandardCharsets.UTF_8),
                "edited")).resolved(RecordOfProcessingLoader.DEFAULTS))
                .isInstanceOf(InvalidDataMapException.class)
                .hasMessageContaining("activity data-subject-requests, retention (en): unknown term {closed-case}")
                .hasMessageContaining("closed-cases").hasMessageContaining("tax-records");
    }

    @Test
    void anActivityWithoutStorage_needsHeldIn() {
        String edited = DataMapTest.SHIPPED.replace("        held-in:\n          - \"Privacy desk: the case file",
                "        not-held-in:\n          - \"Privacy desk: the case file");

        assertThatThrownBy(() -> DataMap.from(RecordOfProcessingLoader.load(new ByteArrayResource(
                edited.getBytes(StandardCharsets.UTF_8), "edited")).resolved(RecordOfProcessingLoader.DEFAULTS)))
                .hasMessageContaining("activity data-subject-requests: give storage");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            P1Y   | en | 1 year
            P3Y   | pl | 3 lata
            P5Y   | pl | 5 lat
            P12Y  | pl | 12 lat
            P22Y  | pl | 22 lata
            P1Y   | pl | 1 rok
            P2M   | pl | 2 miesiące
            P30D  | pl | 30 dni
            P1D   | pl | 1 dzień
            P1Y6M | de | 1 Jahr und 6 Monate
            P3Y   | nl | 3 jaar
            P1M   | nl | 1 maand
            P90D  | en | 90 days
            P3Y   | fr | 3 ans
            P1Y1D | fr | 1 an et 1 jour
            P6M   | fr | 6 mois
            P3Y   | en | 3 years
            P1Y6M | en | 1 year and 6 months
            P1Y2M1D | en | 1 year, 2 months and 1 day
            P18M  | pl | 18 miesięcy
            P1Y6M | pl | 1 rok i 6 miesięcy
            P3Y   | de | 3 Jahre
            P1M   | de | 1 Monat
            P6M   | nl | 6 maanden
            P1Y6M | fr | 1 an et 6 mois
            """)
    void periodsInWords(String period, Language language, String words) {
        assertThat(PeriodWords.of(Period.parse(period)).in(language)).isEqualTo(words);
    }

    @Test
    void aDurationOfDaysAndHours_countsWholeDays() {
        assertThat(PeriodWords.of(Duration.ofHours(36)).in(Language.en)).isEqualTo("2 days");
        assertThatThrownBy(() -> PeriodWords.of(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodWords.of(Period.ofYears(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    /** Every heading of the register and the policy exists in every language file, French included. */
    @Test
    void everyHeading_inEveryLanguage() throws Exception {
        ResourceBundle base = ResourceBundle.getBundle(RecordTexts.BASENAME, java.util.Locale.ROOT);
        for (String language : new String[] {"pl", "de", "nl", "fr"}) {
            Properties texts = new Properties();
            try (var in = RecordResolutionTest.class.getResourceAsStream("/" + RecordTexts.BASENAME + "_" + language
                    + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(base.keySet());
            texts.forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).isNotBlank());
        }
        // A text with arguments is a MessageFormat: a French apostrophe must not swallow the argument.
        assertThat(RecordTexts.text("fr", "policy.howTo", "FORM", "privacy@example.com"))
                .contains("FORM", "privacy@example.com", "d'un mois");
        assertThat(RecordTexts.text("fr", "register.generated", "2026-01-01")).contains("2026-01-01", "d'accès");
    }
}
