package com.privacydesk.correspondence;

import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.TestCustomers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access answer a customer receives, composed as the desk composes it (the letter "Prepare answer" previews and
 * "Send answer" sends): every Art. 15(1) item of the record of processing comes in the customer's language, and no
 * English text of the record is left in a German or Polish letter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessLetterInCustomersLanguageTest {

    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired ManagementService management;
    @Autowired TestCustomers customers;
    @Autowired CaseLetters letters;

    @org.junit.jupiter.api.Test
    void partialAnswer_withheldDataIsNamedInTheRefusal_andItsValuesAreNotPrinted() {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Partial Reader", customer.email(), null, null), "x", Language.de, null))
                .caseNumber();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        Letter letter = letters.preview(caseNumber, Map.of("decision", "ANSWER", "accessOutcome", "FULFIL",
                "accessDetails", "Ein Chatverlauf enthält Angaben zu einer anderen Person.", "accessKept", "chat_sessions"));

        assertThat(letter.kind()).isEqualTo(LetterKind.PARTIAL_REFUSAL);
        assertThat(letter.body()).contains("Folgende Daten haben wir nicht in die Kopie aufgenommen: Chatsitzungen (mit IP-Adresse)",
                "Art. 15 Abs. 4 DSGVO", "Ein Chatverlauf enthält Angaben zu einer anderen Person.", customer.email())
                .doesNotContain("192.0.2.10");
        // The purpose of the chat is still explained (Art. 15(1)).
        assertThat(letter.body()).contains("Beantwortung Ihrer Fragen und Beschwerden");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            de | Verwaltung Ihres Kundenkontos und Erfüllung unseres Vertrags mit Ihnen | Art. 6 Abs. 1 lit. b DSGVO | Kundenstammdaten | Vorname | CRM-Anbieter (Auftragsverarbeiter) | Von Ihnen bei der Eröffnung Ihres Kundenkontos angegeben | Gesprächsaufzeichnungen 90 Tage
            pl | Prowadzenie konta klienta i wykonanie zawartej z klientem umowy | Art. 6 ust. 1 lit. b RODO | Dane konta klienta | imię | Dostawca systemu CRM (podmiot przetwarzający) | Podane przez klienta przy zakładaniu konta | nagrania rozmów 90 dni
            nl | Het beheren van uw klantaccount en het uitvoeren van onze overeenkomst met u | art. 6 lid 1 onder b AVG | Klantgegevens | voornaam | Leverancier van het CRM-systeem (verwerker) | Door u verstrekt bij het openen van uw account | gespreksopnamen 90 dagen
            fr | Gestion du compte client et exécution du contrat conclu avec le client | art. 6, paragraphe 1, point b), du RGPD | Données du compte client | prénom | Fournisseur du logiciel de gestion de la relation client (sous-traitant) | Communiquées par le client lors de l'ouverture de son compte | enregistrements des appels : 90 jours
            """)
    void accessAnswer_printsTheRecordInTheCustomersLanguage_andNoEnglishTextOfIt(Language language, String purpose,
            String legalBasis, String category, String columnLabel, String recipient, String origin, String retention) {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Language Reader", customer.email(), null, null), "x", language, null))
                .caseNumber();
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        Letter letter = letters.preview(caseNumber, Map.of("decision", "FULFIL"));

        assertThat(letter.kind()).isEqualTo(LetterKind.ANSWER);
        assertThat(letter.language()).isEqualTo(language);
        // French sets a space before the colon.
        assertThat(letter.body()).contains(purpose, legalBasis, category,
                columnLabel + (language == Language.fr ? " : " : ": "), recipient, origin,
                retention, customer.email());
        assertThat(letter.body()).doesNotContain(TestDataMaps.englishTextsNotIn(language).toArray(String[]::new));
    }
}
