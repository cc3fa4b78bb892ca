package com.privacydesk.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;

/** The shipped profiles: every code the issue names, the right authority per language, court texts, retention. */
class CountryProfilesTest {

    private static final CountryProfiles PROFILES = CountryProfiles.bundled();

    private static final List<String> LAENDER = List.of("BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW",
            "RP", "SH", "SL", "SN", "ST", "TH");

    @Test
    void knowsPlNlBe_germanyAndEveryLand() {
        assertThat(PROFILES.codes()).contains("PL", "NL", "BE", "DE");
        assertThat(PROFILES.codes()).containsAll(LAENDER.stream().map(land -> "DE-" + land).toList());
        assertThat(PROFILES.codes()).hasSize(4 + 16);
    }

    @Test
    void everyLandNamesItsOwnAuthority_withAllTextsInEveryLanguage() {
        for (String land : LAENDER) {
            CountryProfile profile = PROFILES.require("DE-" + land);
            assertThat(profile.country()).isEqualTo("DE");
            assertThat(profile.subdivision()).isEqualTo(land);
            assertThat(profile.holidayRegion()).isEqualTo(land.toLowerCase());
            for (String language : CountryProfiles.LANGUAGES) {
                LeadAuthority authority = profile.authority(language).orElseThrow();
                assertThat(authority.name()).as(land + " " + language).isNotBlank().doesNotContain("Bundesbeauftragte");
                assertThat(authority.website()).startsWith("https://");
                assertThat(profile.courtRemedy(language)).contains("79");
            }
        }
        // Sixteen Länder, sixteen different authorities.
        assertThat(LAENDER.stream().map(land -> PROFILES.require("DE-" + land).authority("de").orElseThrow().name())
                .distinct()).hasSize(16);
    }

    @ParameterizedTest(name = "[{index}] {0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PL    | pl | Prezes Urzędu Ochrony Danych Osobowych                 | ul. Stawki 2, 00-193 Warszawa            | https://uodo.gov.pl
            PL    | en | President of the Personal Data Protection Office (Prezes Urzędu Ochrony Danych Osobowych) | ul. Stawki 2, 00-193 Warszawa, Poland | https://uodo.gov.pl
            BE    | nl | Gegevensbeschermingsautoriteit (GBA)                   | Drukpersstraat 35, 1000 Brussel          | https://www.gegevensbeschermingsautoriteit.be
            BE    | fr | Autorité de protection des données (APD)               | Rue de la Presse 35, 1000 Bruxelles      | https://www.autoriteprotectiondonnees.be
            NL    | nl | Autoriteit Persoonsgegevens                            | Postbus 93374, 2509 AJ Den Haag          | https://autoriteitpersoonsgegevens.nl
            NL    | de | Autoriteit Persoonsgegevens (niederländische Datenschutzbehörde) | Postbus 93374, 2509 AJ Den Haag, Niederlande | https://autoriteitpersoonsgegevens.nl
            DE-BY | de | Bayerisches Landesamt für Datenschutzaufsicht (BayLDA) | Promenade 18, 91522 Ansbach              | https://www.lda.bayern.de
            DE-BY | fr | Bayerisches Landesamt für Datenschutzaufsicht (BayLDA, autorité de protection des données de Bavière) | Promenade 18, 91522 Ansbach, Allemagne | https://www.lda.bayern.de
            DE-NW | de | Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen | Kavalleriestraße 2–4, 40213 Düsseldorf | https://www.ldi.nrw.de
            DE-HE | en | Hessischer Beauftragter für Datenschutz und Informationsfreiheit (data protection authority of Hesse) | Gustav-Stresemann-Ring 1, 65189 Wiesbaden, Germany | https://datenschutz.hessen.de
            """)
    void leadAuthority_perLanguage(String code, String language, String name, String address, String website) {
        assertThat(PROFILES.require(code).authority(language)).contains(new LeadAuthority(name, address, website));
    }

    @Test
    void germanyWithoutALand_namesNoAuthority() {
        assertThat(PROFILES.require("DE").namesAnAuthority()).isFalse();
        assertThat(PROFILES.require("DE").authority("de")).isEmpty();
    }

    @Test
    void courtRemedy_nlNamesThePetitionWithinSixWeeks_art35Uavg() {
        CountryProfile nl = PROFILES.require("NL");
        assertThat(nl.courtRemedy("nl")).contains("binnen zes weken", "verzoekschrift", "rechtbank",
                "artikel 35 Uitvoeringswet AVG");
        assertThat(nl.courtRemedy("en")).contains("within six weeks", "Article 35", "UAVG");
        assertThat(nl.courtRemedy("fr")).contains("six semaines", "article 35");
        assertThat(PROFILES.require("DE-BY").courtRemedy("de")).contains("§ 44 BDSG", "gewöhnlichen Aufenthalt");
        assertThat(PROFILES.require("PL").courtRemedy("pl")).contains("sąd okręgowy", "art. 92", "Pani/Pan")
                .doesNotContain(" Ty ", "Twój", "Ci ");
        assertThat(PROFILES.require("BE").courtRemedy("fr")).contains("tribunal de première instance", "article 209");
        assertThat(PROFILES.require("BE").courtRemedy("nl")).contains("rechtbank van eerste aanleg", "artikel 209");
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PL | tax-records | P5Y  | pl | art. 70 § 1 Ordynacji podatkowej
            PL | tax-records | P5Y  | en | end of the calendar year in which the tax fell due
            DE | tax-records | P8Y  | de | seit 1. Januar 2025
            NL | tax-records | P7Y  | nl | artikel 52, vierde lid, Algemene wet inzake rijksbelastingen
            BE | tax-records | P10Y | fr | article 60 du Code de la TVA
            DE | claims      | P3Y  | de | §§ 195, 199 BGB
            """)
    void retentionDefaults_withTheirCitation(String code, String topic, Period period, String language, String citation) {
        RetentionDefault retention = PROFILES.require(code).retention(topic).orElseThrow();
        assertThat(retention.period()).isEqualTo(period);
        assertThat(retention.citation().in(language)).contains(citation);
        // A Land inherits the country's retention rules.
        if (code.equals("DE")) {
            assertThat(PROFILES.require("DE-SN").retention(topic)).contains(retention);
        }
    }

    @Test
    void letterLanguages_belgiumWritesDutchAndFrench() {
        assertThat(PROFILES.require("BE").letterLanguages()).containsExactly("nl", "fr");
        assertThat(PROFILES.require("PL").letterLanguages()).containsExactly("pl");
        assertThat(PROFILES.require("DE-BY").letterLanguages()).containsExactly("de");
        assertThat(PROFILES.require("NL").defaultLetterLanguage()).isEqualTo("nl");
    }

    @Test
    void codes_areCaseInsensitiveAndTrimmed() {
        assertThat(PROFILES.require(" de-by ").code()).isEqualTo("DE-BY");
        assertThat(PROFILES.require("pl").code()).isEqualTo("PL");
    }

    @Test
    void unknownCode_isRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> PROFILES.require("FR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'FR'")
                .hasMessageContaining("BE, DE, DE-BB, DE-BE, DE-BW, DE-BY");
        assertThatThrownBy(() -> PROFILES.require("DE-XX")).hasMessageContaining("known: ");
        assertThatThrownBy(() -> PROFILES.require(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProfileMissingALanguage_isRejectedWhenLoaded() {
        String yaml = """
                privacy-desk:
                  country-profiles:
                    - code: PL
                      holiday-calendar: PL
                      letter-languages: [pl]
                      court-remedy: {pl: "Sąd", en: "Court", de: "Gericht", nl: "Rechter"}
                """;
        assertThatThrownBy(() -> CountryProfiles.load(new ByteArrayResource(yaml.getBytes(), "test profiles")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PL court-remedy has no text in fr");
    }

    @Test
    void aSubdivisionWithAnUnknownHolidayRegion_isRejectedWhenLoaded() {
        String yaml = """
                privacy-desk:
                  country-profiles:
                    - code: DE
                      holiday-calendar: DE
                      letter-languages: [de]
                      court-remedy: {pl: "a", en: "b", de: "c", nl: "d", fr: "e"}
                      subdivisions:
                        - code: XX
                          holiday-region: xx
                          authority:
                            name: {pl: "a", en: "b", de: "c", nl: "d", fr: "e"}
                            address: {pl: "a", en: "b", de: "c", nl: "d", fr: "e"}
                            website: {de: "https://example.org"}
                """;
        assertThatThrownBy(() -> CountryProfiles.load(new ByteArrayResource(yaml.getBytes(), "test profiles")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DE-XX: no Jollyday holiday region 'xx'");
    }
}
