package com.privacydesk.information;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.correspondence.ControllerProfile;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.retention.RetentionProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.DefaultResourceLoader;

/** The five first layers in four languages carry Art. 13's first-layer content, filled from the profile. */
class InformationClausesTest {

    /** A company name ending in a full stop, as "sp. z o.o." does: no ".." after it. */
    static final ControllerProfile PROFILE = new ControllerProfile("Beispiel Handel Ges. m. b. H.",
            "Musterstraße 5, 10115 Berlin", "datenschutz@beispiel-handel.de", "Dr. Clara Schutz",
            "https://beispiel-handel.de/datenschutz",
            new ControllerProfile.SupervisoryAuthority("Berliner Beauftragte für Datenschutz",
                    "Alt-Moabit 59-61, 10555 Berlin", "https://www.datenschutz-berlin.de"));
    static final ControllerProfile WITHOUT_DPO = new ControllerProfile(PROFILE.companyName(), PROFILE.address(),
            PROFILE.dataProtectionContact(), null, PROFILE.privacyPolicyUrl(), PROFILE.supervisoryAuthority());

    /** How each language names the GDPR, the legal bases of recording, the right to object and to withdraw. */
    record Wording(String gdpr, String consentBasis, String interestBasis, String objection, String withdrawal) {
    }

    static final Map<Language, Wording> WORDING = Map.of(
            Language.en, new Wording("GDPR", "Art. 6(1)(a) GDPR", "Art. 6(1)(f) GDPR", "Art. 21 GDPR", "Art. 7(3) GDPR"),
            Language.pl, new Wording("RODO", "art. 6 ust. 1 lit. a RODO", "art. 6 ust. 1 lit. f RODO", "art. 21 RODO",
                    "art. 7 ust. 3 RODO"),
            Language.de, new Wording("DSGVO", "Art. 6 Abs. 1 lit. a DSGVO", "Art. 6 Abs. 1 lit. f DSGVO",
                    "Art. 21 DSGVO", "Art. 7 Abs. 3 DSGVO"),
            Language.nl, new Wording("AVG", "art. 6 lid 1 onder a AVG", "art. 6 lid 1 onder f AVG", "art. 21 AVG",
                    "art. 7 lid 3 AVG"),
            Language.fr, new Wording("RGPD", "article 6, paragraphe 1, point a), du RGPD",
                    "article 6, paragraphe 1, point f), du RGPD", "article 21 du RGPD",
                    "article 7, paragraphe 3, du RGPD"));

    static final String DESK = "https://desk.beispiel-handel.de";

    static InformationClauses clauses(ControllerProfile profile, RecordingBasis basis) {
        return new InformationClauses(profile, new InformationProperties(basis, "classpath:/information/"),
                new RetentionProperties(Period.ofYears(3), Period.ofYears(3)), DESK + "/", new DefaultResourceLoader());
    }

    @ParameterizedTest
    @EnumSource(ClauseChannel.class)
    void everyClause_namesControllerContactAndPolicy_inEveryLanguage(ClauseChannel channel) throws Exception {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.LEGITIMATE_INTEREST);
        for (Language language : Language.values()) {
            InformationClause clause = clauses.clause(channel, language);
            String text = clause.text();
            assertThat(clause.channel()).isEqualTo(channel);
            assertThat(clause.language()).isEqualTo(language);
            assertThat(text).as("%s/%s", channel, language)
                    .contains(PROFILE.companyName(), PROFILE.dataProtectionContact(), clause.fullPolicyUrl())
                    .doesNotContain("${", "<#", "  ", "\n")
                    .doesNotContainPattern("[\\p{L})]\\.\\p{Lu}") // sentences glued together
                    .doesNotContain("..")
                    .doesNotContainPattern(clause.fullPolicyUrl().replace(".", "\\.").replace("?", "\\?")
                            + " \\p{Lu}"); // URL mid-text
            if (channel != ClauseChannel.PHONE) { // spoken: the company and the way to the policy, no citations
                assertThat(text).as("%s/%s", channel, language).contains(WORDING.get(language).gdpr());
            }
            // The acknowledgement's first layer points to the desk's own page of the full information (issue 18).
            assertThat(clause.fullPolicyUrl()).isEqualTo(channel == ClauseChannel.REQUEST_HANDLING
                    ? DESK + "/privacy-policy?lang=" + language.name() : PROFILE.privacyPolicyUrl());
            assertThat(clause.version()).isEqualTo(sha256(text));
        }
    }

    /** Art. 13(2)(b), (d): the written first layers name the rights and the authority to complain to. */
    @ParameterizedTest
    @EnumSource(value = ClauseChannel.class, names = {"WEB_FORM", "CHAT", "EMAIL", "REQUEST_HANDLING"})
    void writtenClauses_listRightsAndAuthority_andTheDpoWhenThereIsOne(ClauseChannel channel) {
        for (Language language : Language.values()) {
            String text = clauses(PROFILE, RecordingBasis.CONSENT).clause(channel, language).text();
            assertThat(text).as("%s/%s", channel, language)
                    .contains(PROFILE.supervisoryAuthority().name(), PROFILE.supervisoryAuthority().website(),
                            PROFILE.address(), PROFILE.dpoName());
            String withoutDpo = clauses(WITHOUT_DPO, RecordingBasis.CONSENT).clause(channel, language).text();
            assertThat(withoutDpo).doesNotContain(PROFILE.dpoName()).contains(PROFILE.dataProtectionContact());
        }
    }

    @Test
    void phoneOpening_namesTheCompanyFirst_andTheAuthority() {
        for (Language language : Language.values()) {
            String text = clauses(PROFILE, RecordingBasis.CONSENT).clause(ClauseChannel.PHONE, language).text();
            assertThat(text.indexOf(PROFILE.companyName())).as("%s", language).isLessThan(60);
            assertThat(text).contains(PROFILE.supervisoryAuthority().name());
        }
    }

    /** Issue 18: silence is not consent (Art. 4(11), recital 32); § 201 StGB makes recording without it a crime. */
    record OptIn(String activeYes, String notRecordedOtherwise, String optOut) {
    }

    static final Map<Language, OptIn> OPT_IN = Map.of(
            Language.en, new OptIn("please press 1 or say \"yes\"", "Without your consent, the call will not be recorded",
                    "If you do not agree"),
            Language.pl, new OptIn("prosimy nacisnąć 1 albo powiedzieć „tak”", "Bez tej zgody rozmowa nie będzie nagrywana",
                    "Jeżeli nie wyraża"),
            Language.de, new OptIn("drücken Sie bitte die 1 oder sagen Sie „Ja“",
                    "Ohne Ihre Einwilligung wird das Gespräch nicht aufgezeichnet", "Wenn Sie nicht einverstanden"),
            Language.nl, new OptIn("druk dan op 1 of zeg \"ja\"", "Zonder uw toestemming wordt het gesprek niet opgenomen",
                    "Als u niet akkoord"),
            Language.fr, new OptIn("appuyez sur la touche 1 ou dites « oui »",
                    "Sans votre consentement, l'appel ne sera pas enregistré", "Si vous n'acceptez pas"));

    @Test
    void consentAnnouncement_asksForAnActiveYes_andSaysTheCallIsNotRecordedOtherwise() {
        for (Language language : Language.values()) {
            OptIn wording = OPT_IN.get(language);
            assertThat(wording).as("opt-in wording for %s", language).isNotNull();
            String consent = clauses(PROFILE, RecordingBasis.CONSENT).clause(ClauseChannel.CALL_RECORDING, language)
                    .text();
            assertThat(consent).as("consent, %s", language)
                    .contains(wording.activeYes(), wording.notRecordedOtherwise())
                    .doesNotContain(wording.optOut(), "say so now", "powiedzieć to teraz", "sagen Sie es bitte jetzt",
                            "zeg het dan nu", "dites-le maintenant");
        }
    }

    @Test
    void frenchRecordingAnnouncement_sameContent_optInUnderConsent_objectionUnderInterest() throws Exception {
        freemarker.template.Configuration fm = new freemarker.template.Configuration(
                freemarker.template.Configuration.VERSION_2_3_33);
        fm.setClassForTemplateLoading(InformationClausesTest.class, "/information/");
        fm.setDefaultEncoding("UTF-8");
        fm.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
        Map<String, Object> controller = Map.of("companyName", PROFILE.companyName(),
                "dataProtectionContact", PROFILE.dataProtectionContact(), "privacyPolicyUrl", PROFILE.privacyPolicyUrl());
        java.util.function.Function<RecordingBasis, String> render = basis -> {
            java.io.StringWriter out = new java.io.StringWriter();
            try {
                fm.getTemplate("fr/call-recording.ftl").process(Map.of("controller", controller,
                        "recordingBasis", basis.name()), out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        };
        String consent = render.apply(RecordingBasis.CONSENT);
        String interest = render.apply(RecordingBasis.LEGITIMATE_INTEREST);
        assertThat(consent).contains(PROFILE.companyName(), PROFILE.dataProtectionContact(), PROFILE.privacyPolicyUrl(),
                        "article 6, paragraphe 1, point a), du RGPD", "article 7, paragraphe 3, du RGPD",
                        "appuyez sur la touche 1 ou dites « oui »", "Sans votre consentement, l'appel ne sera pas enregistré")
                .doesNotContain("point f)", "article 21", "dites-le maintenant", "${");
        assertThat(interest).contains(PROFILE.companyName(), "article 6, paragraphe 1, point f), du RGPD",
                        "article 21 du RGPD")
                .doesNotContain("point a)", "article 7, paragraphe 3");
    }

    @Test
    void frenchPhoneFullInformation_rendersWithTheSameContent() throws Exception {
        freemarker.template.Configuration fm = new freemarker.template.Configuration(
                freemarker.template.Configuration.VERSION_2_3_33);
        fm.setClassForTemplateLoading(InformationClausesTest.class, "/information/");
        fm.setDefaultEncoding("UTF-8");
        fm.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
        Map<String, Object> controller = Map.of("companyName", PROFILE.companyName(), "address", PROFILE.address(),
                "dataProtectionContact", PROFILE.dataProtectionContact(), "dpoName", PROFILE.dpoName(),
                "privacyPolicyUrl", PROFILE.privacyPolicyUrl(),
                "supervisoryAuthority", Map.of("name", PROFILE.supervisoryAuthority().name()));
        java.io.StringWriter out = new java.io.StringWriter();
        fm.getTemplate("fr/phone-full-information.ftl").process(Map.of("controller", controller,
                "recordingBasis", "CONSENT"), out);
        String text = out.toString().replaceAll("\\s*\\n\\s*", " ").strip();
        assertThat(text).contains("Le responsable du traitement est " + PROFILE.companyName(), PROFILE.address(),
                        PROFILE.dpoName(), PROFILE.dataProtectionContact(), PROFILE.privacyPolicyUrl(),
                        PROFILE.supervisoryAuthority().name(), "uniquement pour terminer cette conversation",
                        "article 6, paragraphe 1, point a), du RGPD", "fondée exclusivement sur un traitement automatisé",
                        "de votre résidence habituelle, de votre lieu de travail")
                .doesNotContain("${", "  ");
    }

    /** Seed 003 / Art. 13: what the IVR reads in full when the caller asks for it. */
    record FullInformation(String controllerIs, String callback, String noAutomatedDecisions, String residence) {
    }

    static final Map<Language, FullInformation> FULL = Map.of(
            Language.en, new FullInformation("The controller is", "only to finish that conversation",
                    "no decisions about you based solely on automated processing", "where you live or work"),
            Language.pl, new FullInformation("Administratorem danych jest", "wyłącznie po to, aby dokończyć tę rozmowę",
                    "wyłącznie na zautomatyzowanym przetwarzaniu", "swojego zwykłego pobytu, swojego miejsca pracy"),
            Language.de, new FullInformation("Verantwortlich ist", "allein um dieses Gespräch zu Ende zu führen",
                    "keine ausschließlich automatisierten Entscheidungen", "Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes"),
            Language.nl, new FullInformation("Verwerkingsverantwoordelijke is", "alleen om dat gesprek af te maken",
                    "uitsluitend op geautomatiseerde verwerking berusten", "waar u woont of werkt"),
            Language.fr, new FullInformation("Le responsable du traitement est",
                    "uniquement pour terminer cette conversation", "fondée exclusivement sur un traitement automatisé",
                    "de votre résidence habituelle, de votre lieu de travail"));

    @Test
    void phoneFullInformation_givesArt13InFull_withTheAuthorityAndTheRecordingBasis() {
        for (Language language : Language.values()) {
            FullInformation wording = FULL.get(language);
            String consent = clauses(PROFILE, RecordingBasis.CONSENT)
                    .clause(ClauseChannel.PHONE_FULL_INFORMATION, language).text();
            String interest = clauses(WITHOUT_DPO, RecordingBasis.LEGITIMATE_INTEREST)
                    .clause(ClauseChannel.PHONE_FULL_INFORMATION, language).text();
            assertThat(consent).as("%s", language)
                    .contains(wording.controllerIs(), wording.callback(), wording.noAutomatedDecisions(),
                            wording.residence(), PROFILE.address(), PROFILE.dpoName(),
                            PROFILE.supervisoryAuthority().name(), WORDING.get(language).consentBasis())
                    .doesNotContain("Ty ", "Twoje", "Twój");
            assertThat(interest).as("%s", language).doesNotContain(PROFILE.dpoName())
                    .doesNotContain(WORDING.get(language).consentBasis()).contains(WORDING.get(language).interestBasis());
        }
    }

    @Test
    void recordingAnnouncement_statesTheConfiguredBasis_andTheMatchingRight() {
        for (Language language : Language.values()) {
            Wording wording = WORDING.get(language);
            String consent = clauses(PROFILE, RecordingBasis.CONSENT).clause(ClauseChannel.CALL_RECORDING, language)
                    .text();
            String interest = clauses(PROFILE, RecordingBasis.LEGITIMATE_INTEREST)
                    .clause(ClauseChannel.CALL_RECORDING, language).text();
            assertThat(consent).as("consent, %s", language).contains(wording.consentBasis(), wording.withdrawal())
                    .doesNotContain(wording.interestBasis(), wording.objection());
            assertThat(interest).as("legitimate interest, %s", language)
                    .contains(wording.interestBasis(), wording.objection())
                    .doesNotContain(wording.consentBasis(), wording.withdrawal());
        }
    }

    @Test
    void versions_differPerTextAndChangeWithTheProfile() {
        Set<String> versions = new HashSet<>();
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        for (ClauseChannel channel : ClauseChannel.values()) {
            for (Language language : Language.values()) {
                versions.add(clauses.clause(channel, language).version());
            }
        }
        assertThat(versions).hasSize(ClauseChannel.values().length * Language.values().length);
        assertThat(clauses(WITHOUT_DPO, RecordingBasis.CONSENT).clause(ClauseChannel.WEB_FORM, Language.pl).version())
                .isNotEqualTo(clauses.clause(ClauseChannel.WEB_FORM, Language.pl).version());
    }

    /** A web form, chat or call gave its clause before the request came; an e-mail or a letter got none yet. */
    @Test
    void givenAtIntake_onlyTheChannelsThatGaveAClause() {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        assertThat(clauses.givenAtIntake(Channel.WEB_FORM, Language.de)).contains(new InformationClauses.Given(
                "WEB_FORM", clauses.clause(ClauseChannel.WEB_FORM, Language.de).version()));
        assertThat(clauses.givenAtIntake(Channel.CHAT, Language.nl).orElseThrow().clause()).isEqualTo("CHAT");
        assertThat(clauses.givenAtIntake(Channel.PHONE, Language.pl).orElseThrow().clause()).isEqualTo("PHONE");
        assertThat(clauses.givenAtIntake(Channel.EMAIL, Language.en)).isEmpty();
        assertThat(clauses.givenAtIntake(Channel.LETTER, Language.pl)).isEmpty();
    }

    /** Issue 18: one basis for handling a data-subject request, as each language cites it. */
    static final Map<String, String> REQUEST_BASIS = Map.of(
            "en", "Art. 6(1)(c) GDPR in conjunction with Art. 12–22 GDPR",
            "pl", "art. 6 ust. 1 lit. c RODO w związku z art. 12–22 RODO",
            "de", "Art. 6 Abs. 1 lit. c DSGVO i. V. m. Art. 12–22 DSGVO",
            "nl", "art. 6 lid 1 onder c AVG in samenhang met art. 12–22 AVG",
            "fr", "article 6, paragraphe 1, point c), du RGPD, lu en combinaison avec les articles 12 à 22");

    /** The legitimate-interest citation: wrong for handling a request, and not said of it anywhere. */
    static final Map<String, String> INTEREST_BASIS = Map.of("en", "6(1)(f)", "pl", "lit. f", "de", "lit. f",
            "nl", "sub f", "fr", "point f)");

    /**
     * Every clause that states why requests are handled states Art. 6(1)(c) with Art. 12–22, in every language; the
     * texts about requests only (web form, e-mail footer, acknowledgement) state no other basis. The chat and the
     * IVR also serve other enquiries, whose basis stays legitimate interest.
     */
    @Test
    void everyChannelsClause_statesTheOneBasisOfHandlingRequests() {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        for (String language : REQUEST_BASIS.keySet()) {
            for (ClauseChannel channel : List.of(ClauseChannel.WEB_FORM, ClauseChannel.CHAT, ClauseChannel.EMAIL,
                    ClauseChannel.PHONE_FULL_INFORMATION, ClauseChannel.REQUEST_HANDLING)) {
                assertThat(clauses.text(channel, language)).as("%s/%s", channel, language)
                        .contains(REQUEST_BASIS.get(language));
            }
            for (ClauseChannel channel : List.of(ClauseChannel.WEB_FORM, ClauseChannel.EMAIL,
                    ClauseChannel.REQUEST_HANDLING)) {
                assertThat(clauses.text(channel, language)).as("%s/%s", channel, language)
                        .doesNotContain(INTEREST_BASIS.get(language));
            }
        }
    }

    /**
     * Whatever the channel, a requester is told this basis in writing: by the channel's own clause where it gave one
     * (web form, chat) and by the acknowledgement's first layer, which every request receives.
     */
    @Test
    void everyRequestChannel_toldTheOneBasis_byItsClauseOrItsAcknowledgement() {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        for (Channel channel : Channel.values()) {
            for (Language language : Language.values()) {
                String basis = REQUEST_BASIS.get(language.name());
                assertThat(clauses.requestHandling(language).text()).as("%s/%s", channel, language).contains(basis);
                clauses.givenAtIntake(channel, language).filter(given -> !given.clause().equals("PHONE"))
                        .ifPresent(given -> assertThat(clauses.clause(ClauseChannel.valueOf(given.clause()), language)
                                .text()).as("%s/%s", channel, language).contains(basis));
            }
        }
    }

    /** What the acknowledgement's first layer must say (Art. 13(1)(a)-(c), (2)(a), (b), (d)), per language. */
    record FirstLayer(String retention, String access, String rectification, String restriction, String erasure,
            String residence) {
    }

    static final Map<String, FirstLayer> FIRST_LAYER = Map.of(
            "en", new FirstLayer("for 3 years after your request is closed", "access", "corrected", "restricted",
                    "erasure", "where you live or work"),
            "pl", new FirstLayer("przez 3 lata od zakończenia sprawy", "dostępu", "sprostowania", "ograniczenia",
                    "usunięcia", "zwykłego pobytu lub miejsca pracy"),
            "de", new FirstLayer("noch 3 Jahre", "Auskunft", "Berichtigung", "Einschränkung", "Löschung",
                    "gewöhnlichen Aufenthalts oder Ihres Arbeitsplatzes"),
            "nl", new FirstLayer("nog 3 jaar nadat uw verzoek is afgesloten", "inzage", "rectificatie", "beperking",
                    "wissing", "waar u woont of werkt"),
            "fr", new FirstLayer("pendant 3 ans après la clôture", "accéder", "rectifier", "limiter", "effacement",
                    "résidence habituelle ou de votre lieu de travail"));

    @Test
    void requestHandling_saysWhoWhyBasisRetentionRightsAndLinksTheDesksPolicyPage() {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        for (Map.Entry<String, FirstLayer> entry : FIRST_LAYER.entrySet()) {
            String language = entry.getKey();
            FirstLayer wording = entry.getValue();
            String text = clauses.text(ClauseChannel.REQUEST_HANDLING, language);
            assertThat(text).as(language)
                    .contains(PROFILE.companyName(), PROFILE.address(), PROFILE.dataProtectionContact(),
                            PROFILE.dpoName(), REQUEST_BASIS.get(language), wording.retention(), wording.access(),
                            wording.rectification(), wording.restriction(), wording.erasure(), wording.residence(),
                            PROFILE.supervisoryAuthority().name(), PROFILE.supervisoryAuthority().website())
                    .endsWith(DESK + "/privacy-policy?lang=" + language);
            assertThat(clauses(WITHOUT_DPO, RecordingBasis.CONSENT).text(ClauseChannel.REQUEST_HANDLING, language))
                    .doesNotContain(PROFILE.dpoName());
        }
    }

    /** The desk's retention setting, in words: another setting, another text and version. */
    @Test
    void requestHandling_followsTheRetentionSetting() {
        InformationClauses sixMonths = new InformationClauses(PROFILE,
                new InformationProperties(RecordingBasis.CONSENT, "classpath:/information/"),
                new RetentionProperties(Period.ofMonths(18), Period.ofYears(3)), DESK, new DefaultResourceLoader());
        assertThat(sixMonths.text(ClauseChannel.REQUEST_HANDLING, "en")).contains("for 18 months after");
        assertThat(sixMonths.text(ClauseChannel.REQUEST_HANDLING, "pl")).contains("przez 18 miesięcy od");
        assertThat(sixMonths.clause(ClauseChannel.REQUEST_HANDLING, Language.de).version()).isNotEqualTo(
                clauses(PROFILE, RecordingBasis.CONSENT).clause(ClauseChannel.REQUEST_HANDLING, Language.de).version());
    }

    /**
     * French, for every clause English has (issue 18), with the same content: controller, contact, rights, authority,
     * policy; formal "vous" throughout. Rendered by code until the desk's Language lists fr.
     */
    @Test
    void french_everyClauseEnglishHas_sameContent_formalVous() throws Exception {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        for (ClauseChannel channel : ClauseChannel.values()) {
            String text = clauses.text(channel, "fr");
            assertThat(text).as("%s", channel)
                    .contains(PROFILE.companyName(), PROFILE.dataProtectionContact(),
                            clauses.fullPolicyUrl(channel, "fr"), "vous")
                    .doesNotContain("${", "<#", "  ", "..")
                    .doesNotContainPattern("\\b(tu|toi|ton|ta|tes)\\b");
        }
        for (ClauseChannel channel : List.of(ClauseChannel.WEB_FORM, ClauseChannel.CHAT, ClauseChannel.EMAIL,
                ClauseChannel.REQUEST_HANDLING)) {
            assertThat(clauses.text(channel, "fr")).as("%s", channel)
                    .contains(PROFILE.address(), PROFILE.dpoName(), PROFILE.supervisoryAuthority().name(), "RGPD");
        }
        assertThat(clauses.text(ClauseChannel.PHONE, "fr")).startsWith("Bonjour, vous êtes en communication avec "
                + PROFILE.companyName().replaceAll("\\.$", ""));
        try (var english = Files.list(Path.of(getClass().getResource("/information/en").toURI()))) {
            for (Path file : english.toList()) {
                assertThat(Path.of(getClass().getResource("/information/fr").toURI()).resolve(file.getFileName()))
                        .as("fr/%s", file.getFileName()).exists();
            }
        }
    }

    /** Issue 18: the English phone opening says "Hello, this is …". */
    @Test
    void englishPhoneOpening_helloThisIs() {
        assertThat(clauses(PROFILE, RecordingBasis.CONSENT).clause(ClauseChannel.PHONE, Language.en).text())
                .startsWith("Hello, this is Beispiel Handel Ges. m. b. H. We use");
    }

    /** Polish customer texts are formal or impersonal: they sit in letters written to "Pani/Pan". */
    @Test
    void polishClauses_noInformalYou() {
        InformationClauses clauses = clauses(PROFILE, RecordingBasis.CONSENT);
        for (ClauseChannel channel : ClauseChannel.values()) {
            assertThat(clauses.text(channel, "pl")).as("%s", channel)
                    .doesNotContainPattern("\\b(Ty|Tobie|Ci|Twój|Twoje|Twojego|Twoich|Twoim|Twoją|Twoja|masz|znajdziesz)\\b")
                    .doesNotContain("Cześć");
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
