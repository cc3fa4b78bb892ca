package com.privacydesk.correspondence;

import com.privacydesk.correspondence.LetterContext.ProcessingActivity;

import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.privacydesk.correspondence.LetterFixtures.CASE;
import static com.privacydesk.correspondence.LetterFixtures.CONTROLLER;
import static com.privacydesk.correspondence.LetterFixtures.CONTROLLER_WITHOUT_DPO;
import static com.privacydesk.correspondence.LetterFixtures.DEADLINE;
import static com.privacydesk.correspondence.LetterFixtures.EXTENDED;
import static com.privacydesk.correspondence.LetterFixtures.INFO_DUE;
import static com.privacydesk.correspondence.LetterFixtures.RECEIVED;
import static com.privacydesk.correspondence.LetterFixtures.REQUESTER;
import static com.privacydesk.correspondence.LetterFixtures.builderFor;
import static com.privacydesk.correspondence.LetterFixtures.composer;
import static com.privacydesk.correspondence.LetterFixtures.contextFor;
import static com.privacydesk.correspondence.LetterComposer.formatDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterComposerTest {

    private static final LetterComposer COMPOSER = composer();

    /** Art. 12(4): the right to go to court, as each language says it. */
    private static final Map<Language, String> JUDICIAL_REMEDY = Map.of(
            Language.en, "right to go to court",
            Language.pl, "prawo do skutecznego środka ochrony prawnej przed sądem",
            Language.de, "Recht auf einen wirksamen gerichtlichen Rechtsbehelf",
            Language.nl, "recht om naar de rechter te stappen",
            Language.fr, "droit de former un recours juridictionnel effectif");

    /** A phrase of each reason's explanation per language (the explanation itself lives in common.ftl). */
    private static final Map<Language, Map<ReasonCode, String>> REASON_PHRASES = Map.of(
            Language.en, Map.of(
                    ReasonCode.IDENTITY_NOT_ESTABLISHED, "could not confirm that you are the person",
                    ReasonCode.MANIFESTLY_UNFOUNDED, "manifestly unfounded",
                    ReasonCode.EXCESSIVE, "request is excessive",
                    ReasonCode.LEGAL_RETENTION_DUTY, "law obliges us to keep certain data",
                    ReasonCode.LEGAL_CLAIMS, "defend legal claims",
                    ReasonCode.RIGHTS_OF_OTHERS, "personal data of other people",
                    ReasonCode.NO_DATA_HELD, "hold no personal data about you",
                    ReasonCode.COMPLEX_REQUEST, "request is complex",
                    ReasonCode.NUMBER_OF_REQUESTS, "unusually large number of requests"),
            Language.pl, Map.of(
                    ReasonCode.IDENTITY_NOT_ESTABLISHED, "Nie udało nam się potwierdzić",
                    ReasonCode.MANIFESTLY_UNFOUNDED, "ewidentnie nieuzasadnione",
                    ReasonCode.EXCESSIVE, "Żądanie jest nadmierne",
                    ReasonCode.LEGAL_RETENTION_DUTY, "zobowiązują nas do przechowywania",
                    ReasonCode.LEGAL_CLAIMS, "obrony roszczeń",
                    ReasonCode.RIGHTS_OF_OTHERS, "dane osobowe innych osób",
                    ReasonCode.NO_DATA_HELD, "nie przetwarzamy żadnych Pani/Pana danych",
                    ReasonCode.COMPLEX_REQUEST, "żądanie jest skomplikowane",
                    ReasonCode.NUMBER_OF_REQUESTS, "dużą liczbę żądań"),
            Language.de, Map.of(
                    ReasonCode.IDENTITY_NOT_ESTABLISHED, "konnten nicht bestätigen",
                    ReasonCode.MANIFESTLY_UNFOUNDED, "offenkundig unbegründet",
                    ReasonCode.EXCESSIVE, "Antrag ist exzessiv",
                    ReasonCode.LEGAL_RETENTION_DUTY, "verpflichtet uns, bestimmte Daten",
                    ReasonCode.LEGAL_CLAIMS, "Verteidigung von Rechtsansprüchen",
                    ReasonCode.RIGHTS_OF_OTHERS, "Daten anderer Personen",
                    ReasonCode.NO_DATA_HELD, "keine personenbezogenen Daten über Sie",
                    ReasonCode.COMPLEX_REQUEST, "Antrag ist komplex",
                    ReasonCode.NUMBER_OF_REQUESTS, "ungewöhnlich viele Anträge"),
            Language.nl, Map.of(
                    ReasonCode.IDENTITY_NOT_ESTABLISHED, "konden niet vaststellen",
                    ReasonCode.MANIFESTLY_UNFOUNDED, "kennelijk ongegrond",
                    ReasonCode.EXCESSIVE, "verzoek is buitensporig",
                    ReasonCode.LEGAL_RETENTION_DUTY, "De wet verplicht ons",
                    ReasonCode.LEGAL_CLAIMS, "onderbouwing van een rechtsvordering",
                    ReasonCode.RIGHTS_OF_OTHERS, "persoonsgegevens van anderen",
                    ReasonCode.NO_DATA_HELD, "verwerken geen persoonsgegevens van u",
                    ReasonCode.COMPLEX_REQUEST, "verzoek is ingewikkeld",
                    ReasonCode.NUMBER_OF_REQUESTS, "ongewoon veel verzoeken"),
            Language.fr, Map.of(
                    ReasonCode.IDENTITY_NOT_ESTABLISHED, "pas pu vérifier que vous êtes la personne concernée",
                    ReasonCode.MANIFESTLY_UNFOUNDED, "manifestement infondée",
                    ReasonCode.EXCESSIVE, "La demande est excessive",
                    ReasonCode.LEGAL_RETENTION_DUTY, "La loi nous oblige à conserver certaines données",
                    ReasonCode.LEGAL_CLAIMS, "défense de droits en justice",
                    ReasonCode.RIGHTS_OF_OTHERS, "données à caractère personnel d'autres personnes",
                    ReasonCode.NO_DATA_HELD, "ne détenons aucune donnée à caractère personnel vous concernant",
                    ReasonCode.COMPLEX_REQUEST, "Votre demande est complexe",
                    ReasonCode.NUMBER_OF_REQUESTS, "nombre inhabituellement élevé de demandes"));

    /** How each language cites an article of the regulation: "Art. 19 GDPR", "art. 19 RODO", ... */
    private static String cite(Language language, String article) {
        return switch (language) {
            case en -> "Art. " + article + " GDPR";
            case pl -> "art. " + article + " RODO";
            case de -> "Art. " + article + " DSGVO";
            case nl -> "artikel " + article + " AVG";
            case fr -> "article " + article + " du RGPD";
        };
    }

    private static String cite183(Language language) {
        return switch (language) {
            case en -> "Art. 18(3) GDPR";
            case pl -> "art. 18 ust. 3 RODO";
            case de -> "Art. 18 Abs. 3 DSGVO";
            case nl -> "artikel 18 lid 3 AVG";
            case fr -> "article 18, paragraphe 3, du RGPD";
        };
    }

    private static String cite124(Language language) {
        return switch (language) {
            case en -> "Art. 12(4) GDPR";
            case pl -> "art. 12 ust. 4 RODO";
            case de -> "Art. 12 Abs. 4 DSGVO";
            case nl -> "artikel 12 lid 4 AVG";
            case fr -> "article 12, paragraphe 4, du RGPD";
        };
    }

    /** French sets a space before a colon: "phone : —". */
    private static String colon(Language language) {
        return language == Language.fr ? " : " : ": ";
    }

    private static List<String> authority() {
        return List.of(CONTROLLER.supervisoryAuthority().name(), CONTROLLER.supervisoryAuthority().address(),
                CONTROLLER.supervisoryAuthority().website());
    }

    /** What each kind must contain beyond the case number, the receipt date and the controller's contacts. */
    static List<String> mandatory(LetterKind kind, Language l) {
        List<String> expected = new ArrayList<>();
        switch (kind) {
            case ACKNOWLEDGEMENT -> expected.add(formatDate(DEADLINE, l));
            case IDENTITY_INFORMATION_REQUEST -> expected.addAll(List.of("The date and number of your last order.",
                    formatDate(INFO_DUE, l)));
            case ANSWER -> {
                // Art. 15(1): the data with values, purposes, bases, categories, recipients, retention, source, rights.
                expected.addAll(List.of("anna@example.com", "phone" + colon(l) + "\u2014", "ZAM-1077", "203.0.113.7", "FV/2025/01/03",
                        "Handling your orders", "contract (Art. 6(1)(b) GDPR)", "name, address, e-mail, orders",
                        "KurierExpress S.A. (delivery)", "6 years after the end of the year of the order",
                        "you, when ordering", "Customer service chat", "12 months", "our chat software",
                        cite(l, "16"), cite(l, "17"), cite(l, "18"), cite(l, "21"), cite(l, "77"),
                        // Art. 19 and the other rights
                        "address, phone", "KurierExpress S.A.", cite(l, "19"), cite(l, "20"), cite(l, "22"),
                        "We use your e-mail address only for order confirmations."));
                expected.addAll(authority());
            }
            case PARTIAL_REFUSAL -> {
                expected.addAll(List.of("Customer account", "Invoices", "Accounting Act, Art. 74: 5 years",
                        "KurierExpress S.A.", "Newsletter service MailPost", cite(l, "19"), cite124(l),
                        JUDICIAL_REMEDY.get(l)));
                expected.addAll(authority());
            }
            case REFUSAL -> {
                expected.addAll(List.of(cite(l, "15"), cite124(l), JUDICIAL_REMEDY.get(l),
                        REASON_PHRASES.get(l).get(ReasonCode.IDENTITY_NOT_ESTABLISHED)));
                expected.addAll(authority());
            }
            case EXTENSION_NOTICE -> expected.addAll(List.of(formatDate(EXTENDED, l), formatDate(DEADLINE, l),
                    REASON_PHRASES.get(l).get(ReasonCode.COMPLEX_REQUEST),
                    REASON_PHRASES.get(l).get(ReasonCode.NUMBER_OF_REQUESTS)));
            case FURTHER_ANSWER -> {
                expected.addAll(List.of("We checked the invoices again: they must be kept until the end of 2030.",
                        "Maria Wiśniewska", JUDICIAL_REMEDY.get(l), cite(l, "77"), cite(l, "79"), "Orders"));
                expected.addAll(authority());
            }
            case RESTRICTION_LIFT_NOTICE -> expected.addAll(List.of("We have verified that your address is accurate.",
                    cite183(l), CONTROLLER.supervisoryAuthority().name()));
            case CLOSING_WITH_AUTHORITY -> {
                expected.addAll(List.of("We keep only the invoices the law requires.", JUDICIAL_REMEDY.get(l),
                        cite(l, "77"), cite(l, "79"), cite124(l)));
                expected.addAll(authority());
            }
        }
        return expected;
    }

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Arrays.stream(LetterKind.values())
                .flatMap(kind -> Arrays.stream(Language.values()).map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyKindRendersInEveryLanguageWithItsMandatoryContent(LetterKind kind, Language language) {
        Letter letter = COMPOSER.compose(kind, contextFor(kind, language));

        assertThat(letter.kind()).isEqualTo(kind);
        assertThat(letter.language()).isEqualTo(language);
        assertThat(letter.subject()).contains(CASE).doesNotContain("\n");
        assertThat(letter.body())
                .contains(CASE, formatDate(RECEIVED, language), CONTROLLER.companyName(), CONTROLLER.address(),
                        CONTROLLER.dataProtectionContact(), CONTROLLER.dpoName(), CONTROLLER.privacyPolicyUrl())
                .contains(mandatory(kind, language))
                .doesNotContain("${", "<#", "\n\n\n");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void refusalExplainsEveryReasonAndPrintsTheHandlersWords(Language language) {
        List<ReasonCode> refusals = Arrays.stream(ReasonCode.values())
                .filter(r -> r.use() != ReasonCode.Use.EXTENSION).toList();
        LetterContext context = builderFor(LetterKind.REFUSAL, language)
                .answer(LetterFixtures.refusal(refusals, "Your account was closed in 2019.")).build();

        String body = COMPOSER.compose(LetterKind.REFUSAL, context).body();

        assertThat(body).contains(REASON_PHRASES.get(language).entrySet().stream()
                        .filter(e -> e.getKey().use() != ReasonCode.Use.EXTENSION).map(Map.Entry::getValue).toList())
                .contains("Your account was closed in 2019.");
    }

    /**
     * Art. 77: the customer may complain where they live or work or where the infringement took place; the letter
     * names the controller's own authority in its language, and the country's courts as its law shapes them.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PL    | pl | w szczególności w państwie członkowskim UE swojego zwykłego pobytu | Prezes Urzędu Ochrony Danych Osobowych | sąd okręgowy
            NL    | nl | met name in de EU-lidstaat waar u gewoonlijk verblijft              | Autoriteit Persoonsgegevens            | binnen zes weken
            NL    | en | in particular in the EU Member State where you live or work         | Dutch Data Protection Authority        | within six weeks
            BE    | nl | met name in de EU-lidstaat waar u gewoonlijk verblijft              | Gegevensbeschermingsautoriteit         | artikel 209
            BE    | fr | en particulier dans l'État membre de l'Union européenne dans lequel se trouve votre résidence habituelle | Autorité de protection des données (APD) | tribunal de première instance, siégeant comme en référé
            DE-BY | de | insbesondere in dem EU-Mitgliedstaat Ihres gewöhnlichen Aufenthalts | Bayerisches Landesamt für Datenschutzaufsicht | Art. 79 DSGVO
            """)
    void refusalNamesTheRemediesOfTheControllersCountry(String country, Language language, String residence,
            String authority, String courts) {
        var profile = com.privacydesk.country.CountryProfiles.bundled().require(country);
        ControllerProfile controller = new ControllerProfile(CONTROLLER.companyName(), CONTROLLER.address(),
                CONTROLLER.dataProtectionContact(), null, CONTROLLER.privacyPolicyUrl(),
                ControllerProfile.SupervisoryAuthority.of(profile.authority(language.name()).orElseThrow()), profile,
                false);

        String body = COMPOSER.compose(LetterKind.REFUSAL,
                builderFor(LetterKind.REFUSAL, language).controller(controller).build()).body();

        assertThat(body).contains(residence, authority, courts);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void identityQuestion_saysWhetherTheDeadlineIsPaused(Language language) {
        String paused = COMPOSER.compose(LetterKind.IDENTITY_INFORMATION_REQUEST,
                builderFor(LetterKind.IDENTITY_INFORMATION_REQUEST, language).build()).body();
        String running = COMPOSER.compose(LetterKind.IDENTITY_INFORMATION_REQUEST,
                builderFor(LetterKind.IDENTITY_INFORMATION_REQUEST, language).deadlineSuspended(false).build()).body();

        // Under STRICT, or asked too late to suspend, the letter names the date the answer is still due by.
        assertThat(running).contains(formatDate(DEADLINE, language)).isNotEqualTo(paused);
        assertThat(paused).doesNotContain(formatDate(DEADLINE, language));
    }

    /** Art. 15(1)(h) and 15(2), per language: the (h) statement, and the transfer line with its safeguard. */
    private static final Map<Language, String[]> ART_15_H_AND_TRANSFERS = Map.of(
            Language.en, new String[] {"we make no decisions about you based solely on automated processing, including profiling",
                    "Transfers to countries outside the EEA: none", "Automated decision-making (Art. 22 GDPR): Scores"},
            Language.pl, new String[] {"nie podejmujemy wobec Pani/Pana decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu",
                    "Przekazywanie do państw spoza EOG: brak", "Zautomatyzowane podejmowanie decyzji (art. 22 RODO): Scores"},
            Language.de, new String[] {"Wir treffen keine Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung",
                    "Übermittlung in Länder außerhalb des EWR: keine", "Automatisierte Entscheidungsfindung (Art. 22 DSGVO): Scores"},
            Language.nl, new String[] {"wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking",
                    "Doorgifte naar landen buiten de EER: geen", "Geautomatiseerde besluitvorming (artikel 22 AVG): Scores"},
            Language.fr, new String[] {"nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé",
                    "Transferts vers des pays hors de l'EEE : aucun", "Prise de décision automatisée (art. 22 du RGPD) : Scores"});

    @ParameterizedTest
    @EnumSource(Language.class)
    void accessAnswer_saysWhetherDecisionsAreAutomated_andNamesTransfersWithTheirSafeguards(Language language) {
        String[] expected = ART_15_H_AND_TRANSFERS.get(language);
        String transfer = "CRM provider: United States — standard data protection clauses (Art. 46(2)(c) GDPR)";
        List<ProcessingActivity> withTransfer = List.of(new ProcessingActivity("Handling your orders",
                "contract (Art. 6(1)(b) GDPR)", List.of("name"), List.of("CRM provider"), "6 years", "you",
                List.of(transfer), null), LetterFixtures.processingInfo().get(1));
        AnswerReport.Section access = LetterFixtures.with(LetterFixtures.fulfilled(Right.ACCESS),
                LetterFixtures.dataFound(), List.of(), List.of(), List.of(), List.of(), List.of());

        String none = COMPOSER.compose(LetterKind.ANSWER, LetterFixtures.base(language).rights(Right.ACCESS)
                .answer(new AnswerReport(List.of(access), false, List.of(), withTransfer)).build()).body();

        assertThat(none).contains(expected[0], expected[1], transfer).doesNotContain(expected[2]);

        List<ProcessingActivity> scored = List.of(new ProcessingActivity("Credit check", "contract (Art. 6(1)(b) GDPR)",
                List.of("payment history"), List.of(), "1 year", "you", List.of(),
                new LetterContext.AutomatedDecision("Scores payment history", "decides on payment by invoice",
                        "payment in advance only")));
        String declared = COMPOSER.compose(LetterKind.ANSWER, LetterFixtures.base(language).rights(Right.ACCESS)
                .answer(new AnswerReport(List.of(access), false, List.of(), scored)).build()).body();

        assertThat(declared).contains(expected[2], "decides on payment by invoice", "payment in advance only")
                .doesNotContain(expected[0]);
    }

    @Test
    void accessAnswerWithoutDataConfirmsThatNothingIsHeld() {
        LetterContext context = LetterFixtures.base(Language.en).rights(Right.ACCESS)
                .answer(new AnswerReport(List.of(LetterFixtures.fulfilled(Right.ACCESS)), false, List.of(), List.of()))
                .build();

        String body = COMPOSER.compose(LetterKind.ANSWER, context).body();

        assertThat(body).contains("hold no personal data about you").doesNotContain("Purpose:");
    }

    /** Issue 18: the one basis of handling a request, as each language's acknowledgement cites it. */
    private static final Map<Language, String> REQUEST_BASIS = Map.of(
            Language.en, "Art. 6(1)(c) GDPR in conjunction with Art. 12–22 GDPR",
            Language.pl, "art. 6 ust. 1 lit. c RODO w związku z art. 12–22 RODO",
            Language.de, "Art. 6 Abs. 1 lit. c DSGVO i. V. m. Art. 12–22 DSGVO",
            Language.nl, "art. 6 lid 1 onder c AVG in samenhang met art. 12–22 AVG",
            Language.fr, "article 6, paragraphe 1, point c), du RGPD, lu en combinaison avec les articles 12 à 22");

    /**
     * Every acknowledgement carries the request-handling first layer in its own language (the shared text of
     * information/{lang}/request-handling.ftl): the basis, the retention, the link to the desk's full policy.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void acknowledgement_carriesTheRequestHandlingFirstLayer_inItsLanguage(Language language) {
        Letter letter = COMPOSER.compose(LetterKind.ACKNOWLEDGEMENT, contextFor(LetterKind.ACKNOWLEDGEMENT, language));

        String clause = LetterFixtures.information(CONTROLLER).requestHandling(language).text();
        assertThat(letter.body()).contains(clause, REQUEST_BASIS.get(language),
                LetterFixtures.DESK_URL + "/privacy-policy?lang=" + language.name());
        // Before the signature, so the letter still ends with the case number to quote.
        assertThat(letter.body().indexOf(clause)).isLessThan(letter.body().indexOf(CONTROLLER.privacyPolicyUrl()));
    }

    /** Issue 18: what a search by hand found, in each language's words, and the no-data sentence it replaces. */
    private static final Map<Language, List<String>> FOUND_BY_HAND = Map.of(
            Language.en, List.of("This is your data as we found it there:", "we hold no personal data"),
            Language.pl, List.of("Oto Pani/Pana dane w postaci, w jakiej je tam znaleźliśmy:", "nie przetwarzamy żadnych"),
            Language.de, List.of("Dort haben wir folgende Daten über Sie vorgefunden:", "verarbeiten wir keine"),
            Language.nl, List.of("Dit zijn uw gegevens zoals wij ze daar hebben aangetroffen:", "verwerken wij geen"),
            Language.fr, List.of("Voici vos données telles que nous les y avons trouvées :", "nous ne détenons aucune"));

    /** The data found by hand appear in the access answer as found, under the place's name, with Art. 15(1). */
    @ParameterizedTest
    @EnumSource(Language.class)
    void accessAnswer_showsTheDataFoundByHand_underThePlacesName(Language language) {
        AnswerReport.Section access = LetterFixtures.foundByHand(LetterFixtures.fulfilled(Right.ACCESS), List.of(
                new AnswerReport.FoundByHand("Paper return slips", "Slip 2025-03-14: Anna Kowalska, ul. Polna 3")));
        LetterContext context = LetterFixtures.base(language).rights(Right.ACCESS)
                .answer(new AnswerReport(List.of(access), false, List.of(), LetterFixtures.processingInfo())).build();

        String body = COMPOSER.compose(LetterKind.ANSWER, context).body();

        assertThat(body).contains(FOUND_BY_HAND.get(language).get(0),
                        // French puts a space before the colon.
                        "Paper return slips" + (language == Language.fr ? " :" : ":")
                                + "\nSlip 2025-03-14: Anna Kowalska, ul. Polna 3",
                        LetterFixtures.processingInfo().get(0).purpose())
                .doesNotContain(FOUND_BY_HAND.get(language).get(1));
        LetterContext withoutProcessing = LetterFixtures.base(language).rights(Right.ACCESS)
                .answer(new AnswerReport(List.of(access), false, List.of(), List.of())).build();
        assertThatThrownBy(() -> COMPOSER.compose(LetterKind.ANSWER, withoutProcessing))
                .hasMessageContaining("processingInfo is missing").hasMessageNotContaining("Kowalska");
    }

    @Test
    void signatureLeavesOutTheDpoWhenTheCompanyHasNone() {
        LetterContext context = builderFor(LetterKind.ACKNOWLEDGEMENT, Language.de).controller(CONTROLLER_WITHOUT_DPO).build();

        String body = composer("classpath:/letters/", CONTROLLER_WITHOUT_DPO).compose(LetterKind.ACKNOWLEDGEMENT, context)
                .body();

        assertThat(body).doesNotContain("Datenschutzbeauftragte").contains(CONTROLLER.dataProtectionContact());
    }

    static Stream<Arguments> missingValues() {
        return Stream.of(
                missing(LetterKind.EXTENSION_NOTICE, b -> b.extendedDeadline(null).reasons(List.of()),
                        "extendedDeadline is missing", "reasons are missing"),
                missing(LetterKind.EXTENSION_NOTICE, b -> b.extendedDeadline(DEADLINE.minusDays(1)),
                        "extendedDeadline is not after deadline"),
                missing(LetterKind.REFUSAL, b -> b.answer(LetterFixtures.refusal(List.of(), null)),
                        "reasons are missing (ACCESS)"),
                missing(LetterKind.REFUSAL, b -> b.answer(LetterFixtures.refusal(List.of(ReasonCode.OTHER), null)),
                        "the handler's words are missing (ACCESS)"),
                missing(LetterKind.REFUSAL, b -> b.decision(Decision.FULFIL), "decision FULFIL does not fit"),
                missing(LetterKind.REFUSAL, b -> b.answer(null), "the answer report is missing"),
                missing(LetterKind.PARTIAL_REFUSAL, b -> b.answer(LetterFixtures.report(
                        List.of(LetterFixtures.fulfilled(Right.ERASURE)), false, List.of())),
                        "nothing is refused, kept or withheld"),
                missing(LetterKind.ANSWER, b -> b.answer(new AnswerReport(LetterFixtures.fullAnswer().sections(), true,
                        List.of(), List.of())), "processingInfo is missing"),
                missing(LetterKind.ANSWER, b -> b.answer(LetterFixtures.report(List.of(LetterFixtures.with(
                        LetterFixtures.fulfilled(Right.ACCESS), List.of(LetterContext.DataItem.counted("Orders", 2)),
                        List.of(), List.of(), List.of(), List.of(), List.of())), false, List.of())),
                        "values of category 'Orders' are missing"),
                missing(LetterKind.ANSWER, b -> b.explanation(null), "explanation is missing (question)"),
                missing(LetterKind.ANSWER, b -> b.answer(LetterFixtures.erasureWithInvoicesKept()),
                        "makes this a PARTIAL_REFUSAL"),
                missing(LetterKind.IDENTITY_INFORMATION_REQUEST, b -> b.informationNeeded(" ").informationDueBy(null)
                        .deadlineSuspended(null), "informationNeeded is missing", "informationDueBy is missing",
                        "deadlineSuspended is missing"),
                missing(LetterKind.FURTHER_ANSWER, b -> b.explanation(null), "explanation is missing"),
                missing(LetterKind.RESTRICTION_LIFT_NOTICE, b -> b.reasonDetails(null),
                        "reasonDetails are missing (why the restriction ends)"),
                missing(LetterKind.ACKNOWLEDGEMENT, b -> b.deadline(null).controller(null),
                        "deadline is missing", "controller profile is missing"));
    }

    private static Arguments missing(LetterKind kind, UnaryOperator<LetterContext.Builder> change, String... problems) {
        return Arguments.of(kind, change, problems);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("missingValues")
    void aMissingRequiredValueFailsNamingKindLanguageCaseAndWhatIsMissing(
            LetterKind kind, UnaryOperator<LetterContext.Builder> change, String[] problems) {
        LetterContext context = change.apply(builderFor(kind, Language.de)).build();

        assertThatThrownBy(() -> COMPOSER.compose(kind, context))
                .isInstanceOf(LetterException.class)
                .hasMessageContaining("Letter " + kind + " (de) for case " + CASE)
                .satisfies(e -> assertThat(e.getMessage()).contains(problems).doesNotContain(REQUESTER));
    }

    @Test
    void aValueMissingInAnEditedTemplateFailsNamingTheExpression(@TempDir Path dir) throws IOException {
        copyTemplates(dir);
        Files.writeString(dir.resolve("en/acknowledgement.ftl"),
                "<#assign subject = \"Case ${caseNumber}\">Our DPO: ${controller.dpoName}\n");
        LetterContext context = builderFor(LetterKind.ACKNOWLEDGEMENT, Language.en).controller(CONTROLLER_WITHOUT_DPO).build();

        assertThatThrownBy(() -> composer("file:" + dir + "/").compose(LetterKind.ACKNOWLEDGEMENT, context))
                .isInstanceOf(LetterException.class)
                .hasMessageContaining("ACKNOWLEDGEMENT (en) for case " + CASE)
                .hasMessageContaining("${controller.dpoName}")
                .hasMessageContaining("en/acknowledgement.ftl line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(REQUESTER));
    }

    @Test
    void aTemplateEditedInAFileDirectoryIsUsedWithoutRecompiling(@TempDir Path dir) throws IOException {
        copyTemplates(dir);
        Path template = dir.resolve("pl/acknowledgement.ftl");
        Files.writeString(template, Files.readString(template)
                .replace("Co będzie dalej:", "Co będzie dalej (tekst zatwierdzony przez dział prawny):"));

        Letter letter = composer("file:" + dir + "/").compose(LetterKind.ACKNOWLEDGEMENT,
                contextFor(LetterKind.ACKNOWLEDGEMENT, Language.pl));

        assertThat(letter.body()).contains("Co będzie dalej (tekst zatwierdzony przez dział prawny):");
    }

    @Test
    void aLanguageWithoutTheTemplateFallsBackToEnglish(@TempDir Path dir) throws IOException {
        copyTemplates(dir);
        Files.delete(dir.resolve("nl/refusal.ftl"));

        Letter letter = composer("file:" + dir + "/").compose(LetterKind.REFUSAL, contextFor(LetterKind.REFUSAL, Language.nl));

        assertThat(letter.language()).isEqualTo(Language.en);
        assertThat(letter.body()).contains(JUDICIAL_REMEDY.get(Language.en), "5 April 2025");
    }

    @Test
    void noLanguageMeansEnglish() {
        Letter letter = COMPOSER.compose(LetterKind.ACKNOWLEDGEMENT, contextFor(LetterKind.ACKNOWLEDGEMENT, null));

        assertThat(letter.language()).isEqualTo(Language.en);
        assertThat(letter.subject()).isEqualTo("Your request " + CASE + " has been received");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"en", "de", "nl"})
    void markupAndTemplateSyntaxInTheRequesterNameArePrintedLiterally(Language language) {
        String name = "<script>alert('x')</script> ${\"${\"}7*7} ${7*7} <#assign subject=\"hacked\"> & \"Ann\"";
        LetterContext context = builderFor(LetterKind.ACKNOWLEDGEMENT, language).requesterName(name).build();

        Letter letter = COMPOSER.compose(LetterKind.ACKNOWLEDGEMENT, context);

        assertThat(letter.body()).contains(name).doesNotContain("49").doesNotContain("&amp;", "&lt;");
        assertThat(letter.subject()).contains(CASE).doesNotContain("hacked");
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2025, 4, 5);

        assertThat(formatDate(date, Language.pl)).isEqualTo("5 kwietnia 2025");
        assertThat(formatDate(date, Language.de)).isEqualTo("5. April 2025");
        assertThat(formatDate(date, Language.nl)).isEqualTo("5 april 2025");
        assertThat(formatDate(date, Language.en)).isEqualTo("5 April 2025");
        assertThat(formatDate(date, Language.fr)).isEqualTo("5 avril 2025");
        assertThat(formatDate(date.withDayOfMonth(1), Language.fr)).isEqualTo("1er avril 2025");
        assertThat(formatDate(date.withDayOfMonth(1), Language.en)).isEqualTo("1 April 2025");
    }

    /** The formal salutation of each language, for a requester who gave no name. */
    private static final Map<Language, String> NAMELESS_SALUTATION = Map.of(Language.en, "Dear Sir or Madam,",
            Language.pl, "Dzień dobry,", Language.de, "Guten Tag,", Language.nl, "Geachte heer, mevrouw,",
            Language.fr, "Madame, Monsieur,");

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRequesterWithoutANameIsGreetedWithTheFormalSalutation(Language language) {
        String body = COMPOSER.compose(LetterKind.ACKNOWLEDGEMENT,
                builderFor(LetterKind.ACKNOWLEDGEMENT, language).requesterName(null).build()).body();

        assertThat(body).startsWith(NAMELESS_SALUTATION.get(language) + "\n")
                .doesNotContain("Kundin", "Kunde,", "Customer,", "Klant,", "null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Dear Anna Kowalska,
            de | Guten Tag Anna Kowalska,
            nl | Geachte Anna Kowalska,
            pl | Dzień dobry,
            fr | Madame, Monsieur,
            """)
    void aNamedRequesterIsGreetedFormally(Language language, String salutation) {
        String body = COMPOSER.compose(LetterKind.ACKNOWLEDGEMENT,
                builderFor(LetterKind.ACKNOWLEDGEMENT, language).requesterName("Anna Kowalska").build()).body();

        assertThat(body).startsWith(salutation + "\n").doesNotContain("Beste ");
    }

    /** How each language asks the customer to reply to the e-mail the letter came in. */
    private static final Map<Language, String> REPLY_TO_EMAIL = Map.of(Language.en, "reply to this e-mail",
            Language.pl, "odpowiedzieć na tę wiadomość", Language.de, "antworten Sie auf diese E-Mail",
            Language.nl, "Beantwoord dan gewoon deze e-mail", Language.fr, "répondre à ce courriel");

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPostedLetterDoesNotAskToReplyToAnEmail(Language language) {
        for (LetterKind kind : List.of(LetterKind.ACKNOWLEDGEMENT, LetterKind.ANSWER, LetterKind.EXTENSION_NOTICE,
                LetterKind.IDENTITY_INFORMATION_REQUEST, LetterKind.RESTRICTION_LIFT_NOTICE)) {
            String mailed = COMPOSER.compose(kind, contextFor(kind, language)).body();
            String posted = COMPOSER.compose(kind, builderFor(kind, language).byPost(true).build()).body();

            assertThat(mailed).as(kind + " by e-mail").contains(REPLY_TO_EMAIL.get(language));
            assertThat(posted).as(kind + " by post").doesNotContain(REPLY_TO_EMAIL.get(language))
                    .contains(CONTROLLER.dataProtectionContact(), CONTROLLER.address());
        }
    }

    @Test
    void templateNamesFollowTheKind() {
        assertThat(LetterKind.IDENTITY_INFORMATION_REQUEST.templateName()).isEqualTo("identity-information-request");
        assertThat(LetterKind.CLOSING_WITH_AUTHORITY.templateName()).isEqualTo("closing-with-authority");
    }

    private static void copyTemplates(Path dir) throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:/letters/*/*.ftl");
        // One template per kind and language, a common.ftl per language, and the recipients' notice (English).
        assertThat(templates).hasSize(LetterKind.values().length * Language.values().length + Language.values().length
                + 1);
        for (Resource template : templates) {
            String path = template.getURL().getPath();
            Path target = dir.resolve(path.substring(path.lastIndexOf("/letters/") + "/letters/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = template.getInputStream()) {
                Files.copy(in, target);
            }
        }
    }

    /** The heading of the download section, as each language writes it. */
    private static final Map<Language, String> DOWNLOAD_HEADING = Map.of(Language.en, "Download your data",
            Language.pl, "Pobieranie danych", Language.de, "Ihre Daten zum Herunterladen",
            Language.nl, "Uw gegevens downloaden", Language.fr, "Télécharger vos données");

    @ParameterizedTest
    @EnumSource(Language.class)
    void answersCarryTheDownloadLinksWithTheirLastDay_inEveryLanguage(Language language) {
        List<LetterContext.DownloadLink> links = List.of(
                new LetterContext.DownloadLink(CASE + "-access-package.html", "https://desk.example/download/[download-link:ACCESS_HTML]"),
                new LetterContext.DownloadLink(CASE + "-portability-package.zip", "https://desk.example/download/[download-link:PORTABILITY_ZIP]"));
        LocalDate lastDay = LocalDate.of(2025, 6, 4);

        for (LetterKind kind : List.of(LetterKind.ANSWER, LetterKind.PARTIAL_REFUSAL, LetterKind.FURTHER_ANSWER)) {
            Letter letter = COMPOSER.compose(kind, builderFor(kind, language).downloadLinks(links, lastDay).build());

            assertThat(letter.body()).as(kind + " " + language).contains(DOWNLOAD_HEADING.get(language))
                    .contains("- " + CASE + "-access-package.html" + colon(language) + "https://desk.example/download/[download-link:ACCESS_HTML]")
                    .contains(CASE + "-portability-package.zip" + colon(language) + "https://desk.example/download/[download-link:PORTABILITY_ZIP]")
                    .contains(formatDate(lastDay, language));
            assertThat(COMPOSER.compose(kind, contextFor(kind, language)).body()).as("no files, no section")
                    .doesNotContain(DOWNLOAD_HEADING.get(language)).doesNotContain("/download/");
        }
    }

    @Test
    void downloadLinksNeedTheirLastDay_andBelongInAnswersOnly() {
        List<LetterContext.DownloadLink> links = List.of(
                new LetterContext.DownloadLink("a.json", "https://desk.example/download/[download-link:ACCESS_JSON]"));

        assertThatThrownBy(() -> COMPOSER.compose(LetterKind.ANSWER,
                builderFor(LetterKind.ANSWER, Language.en).downloadLinks(links, null).build()))
                .isInstanceOf(LetterException.class).hasMessageContaining("downloadLinksValidUntil is missing");
        assertThatThrownBy(() -> COMPOSER.compose(LetterKind.REFUSAL,
                builderFor(LetterKind.REFUSAL, Language.en).downloadLinks(links, LocalDate.of(2025, 6, 4)).build()))
                .isInstanceOf(LetterException.class).hasMessageContaining("download links belong in an answer only");
    }
}
