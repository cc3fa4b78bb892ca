package com.privacydesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The second layer of information over HTTP on a real port, without logging in: the record of processing written
 * out per activity, the rights, the controller and the authority of the country profile (PL in the tests), in every
 * language the desk writes in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrivacyPolicyPageTest {

    @Autowired TestRestTemplate http;

    /** Per language: the page's own headings, a record text, the right to object, the authority's name there. */
    private static final Map<Language, String[]> EXPECTED = Map.of(
            Language.en, new String[] {"Privacy policy", "Categories of data subjects", "Invoicing and bookkeeping",
                    "object to processing based on our legitimate interests",
                    "President of the Personal Data Protection Office (Prezes Urzędu Ochrony Danych Osobowych)",
                    "in particular in the Member State of your habitual residence"},
            Language.pl, new String[] {"Polityka prywatności", "Kategorie osób, których dane dotyczą",
                    "Wystawianie faktur i prowadzenie księgowości", "wniesienia sprzeciwu",
                    "Prezes Urzędu Ochrony Danych Osobowych", "w państwie członkowskim swojego zwykłego pobytu"},
            Language.de, new String[] {"Datenschutzerklärung", "Kategorien betroffener Personen",
                    "Rechnungsstellung und Buchhaltung", "jederzeit der Direktwerbung zu widersprechen",
                    "Präsident des Amtes für den Schutz personenbezogener Daten", "Ihres gewöhnlichen Aufenthaltsorts"},
            Language.nl, new String[] {"Privacyverklaring", "Categorieën betrokkenen", "Facturering en boekhouding",
                    "bezwaar te maken", "Voorzitter van het Bureau voor de bescherming van persoonsgegevens",
                    "waar u gewoonlijk verblijft"},
            Language.fr, new String[] {"Politique de confidentialité", "Catégories de personnes concernées",
                    "Facturation et tenue de la comptabilité", "vous opposer",
                    "Président de l&#39;Office de protection des données personnelles",
                    "dans l&#39;État membre de votre résidence habituelle"});

    @Test
    void everyLanguage_thePolicyFromTheRecord_public() {
        for (Language language : Language.values()) {
            ResponseEntity<String> page = http.getForEntity("/privacy-policy?lang=" + language, String.class);

            assertThat(page.getStatusCode()).as(language.name()).isEqualTo(HttpStatus.OK);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            // The public pages' security headers (SecurityConfiguration lists the path).
            assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isNotBlank();
            String body = page.getBody();
            assertThat(body).as(language.name()).contains("<html lang=\"" + language + "\">");
            assertThat(body).as(language.name()).contains(EXPECTED.get(language));
            // Every activity of the record, with the request handling and the callback.
            assertThat(body).contains("id=\"activity-customer-account\"", "id=\"activity-marketing\"",
                    "id=\"activity-data-subject-requests\"", "id=\"activity-dropped-call-callback\"",
                    "id=\"activity-call-recording\"");
            assertThat(body).contains("Przykładowy Sklep sp. z o.o.", "prywatnosc@przykladowy-sklep.pl",
                    "href=\"/privacy-request?lang=" + language + "\"", "https://uodo.gov.pl");
            // Seven rights, and none of the register's internal entries (access, protection, tables).
            assertThat(body.split("<li>", -1)).hasSize(8);
            assertThat(body).doesNotContain("Role-based access", "customer_order", "restricted_at", "{claims}");
        }
    }

    @Test
    void english_transfersSafeguardsRetentionAndNoAutomatedDecisions() {
        String body = http.getForEntity("/privacy-policy?lang=en", String.class).getBody();

        assertThat(body).contains("CRM provider (processor) — United States — standard data protection clauses",
                "none: the data is not transferred outside the European Economic Area",
                "none: no decision based solely on automated processing, including profiling, is made",
                "Art. 70 § 1 of the Polish Tax Ordinance", "Art. 6(1)(c) GDPR: legal obligation (Art. 12 to 22 GDPR)",
                "We have not appointed a data protection officer",
                "Not required: the controller is established in the European Union",
                "Provided by you when ordering");
    }

    @Test
    void noLanguage_theCountryProfilesFirst_unknownLanguage_400() {
        assertThat(http.getForEntity("/privacy-policy", String.class).getBody()).contains("<html lang=\"pl\">");
        assertThat(http.getForEntity("/privacy-policy?lang=xx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
