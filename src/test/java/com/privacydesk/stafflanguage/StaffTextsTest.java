package com.privacydesk.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.DeliveryState;
import com.privacydesk.request.Direction;
import com.privacydesk.correspondence.LetterKind;
import com.privacydesk.correspondence.RecipientNotices;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.lookup.ManualSourceSearches;
import com.privacydesk.request.Channel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The staff's texts outside the forms (i18n/staff*.properties): the same keys in all five languages, a name for
 * every user task of the desk's diagrams, the diagrams' own names in English, and each language's name of the GDPR.
 */
class StaffTextsTest {

    private static final Path I18N = Path.of("src", "main", "resources", "i18n");
    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");

    @ParameterizedTest
    @EnumSource(StaffLanguage.class)
    void everyLanguageHasExactlyTheKeysOfTheEnglishTexts(StaffLanguage language) throws IOException {
        Set<String> english = load(StaffLanguage.EN).keySet();
        Map<String, String> texts = load(language);

        assertThat(texts.keySet()).as(language.code()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(texts.values()).as(language.code()).noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @EnumSource(StaffLanguage.class)
    void textsWithPlaceholdersKeepTheirApostrophes(StaffLanguage language) {
        StaffTexts texts = new StaffTexts(new StaffLanguageProperties(language));
        // MessageFormat treats a straight apostrophe as a quote: a text with {0} must still show its argument.
        for (String key : List.of("casefile.title", "casefile.viewed-by", "preview.incomplete", "package.no-customer",
                "task.SearchManualSources.named")) {
            assertThat(texts.text(key, "ARG-1")).as(language.code() + " " + key).contains("ARG-1");
        }
        assertThat(texts.text("package.no-customer", "DSR-2026-000001")).doesNotContain("{", "}");
    }

    @ParameterizedTest
    @EnumSource(StaffLanguage.class)
    void everyTextWithPlaceholdersShowsAllItsArguments(StaffLanguage language) throws IOException {
        StaffTexts texts = new StaffTexts(new StaffLanguageProperties(language));
        Pattern placeholder = Pattern.compile("\\{(\\d)}");
        int checked = 0;
        for (var entry : load(language).entrySet()) {
            Matcher matcher = placeholder.matcher(entry.getValue());
            int count = 0;
            while (matcher.find()) {
                count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
            }
            if (count == 0) {
                continue;
            }
            String[] arguments = new String[count];
            for (int i = 0; i < count; i++) {
                arguments[i] = "ARG-" + i;
            }
            String text = texts.text(entry.getKey(), (Object[]) arguments);
            // A straight apostrophe is a MessageFormat quote: it would swallow the arguments after it.
            assertThat(text).as(language.code() + " " + entry.getKey()).contains(arguments)
                    .doesNotContain("{");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(9);
        if (language == StaffLanguage.EN) {
            assertThat(texts.text("task.CarryOutByHand.apply.instruction", "erasure", "C", "S", "L"))
                    .contains("the requester's entries");
        }
    }

    @Test
    void everyUserTaskOfTheDesksDiagramsHasANameInEveryLanguage_englishAsInTheDiagram() throws IOException {
        Map<String, String> tasks = new LinkedHashMap<>();
        try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = USER_TASK.matcher(Files.readString(diagram, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    tasks.put(matcher.group(1), matcher.group(2));
                }
            }
        }
        assertThat(tasks).containsKeys("VerifyIdentity", "PrepareAnswer", "ConsultOfficer", "CallBack");
        List<String> problems = new ArrayList<>();
        for (StaffLanguage language : StaffLanguage.values()) {
            Map<String, String> texts = load(language);
            tasks.forEach((id, name) -> {
                String text = texts.get("task." + id);
                if (text == null) {
                    problems.add(language.code() + " has no name for task " + id);
                } else if (language == StaffLanguage.SOURCE && !text.equals(name)) {
                    problems.add("task." + id + " is \"" + text + "\", the diagram says \"" + name + "\"");
                }
            });
        }
        assertThat(problems).isEmpty();
        assertThat(new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL)).find("task.VerifyIdentity"))
                .contains("Weryfikacja tożsamości");
        assertThat(new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL)).find("task.SomeoneElsesTask"))
                .isEmpty();
    }

    @Test
    void rightsNameEachLanguagesGdpr() throws IOException {
        Map<StaffLanguage, String> gdpr = Map.of(StaffLanguage.EN, "GDPR", StaffLanguage.PL, "RODO",
                StaffLanguage.DE, "DSGVO", StaffLanguage.NL, "AVG", StaffLanguage.FR, "RGPD");
        for (var entry : gdpr.entrySet()) {
            assertThat(load(entry.getKey()).get("right.ERASURE")).as(entry.getKey().code()).endsWith(entry.getValue() + ")");
        }
    }

    private static Map<String, String> load(StaffLanguage language) throws IOException {
        Path file = I18N.resolve(language == StaffLanguage.SOURCE ? "staff.properties"
                : "staff_" + language.code() + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    @Test
    void everyCodeTheSummariesShowHasAWord() {
        StaffTexts texts = StaffTexts.source();
        List<String> kinds = new ArrayList<>(Stream.of(LetterKind.values()).map(Enum::name).toList());
        kinds.addAll(List.of(IntakeService.KIND_REQUEST, IntakeService.KIND_REPLY, IntakeService.KIND_DISSATISFACTION,
                IntakeService.KIND_MESSAGE, RecipientNotices.KIND));
        // English is the base: everyLanguageHasExactlyTheKeysOfTheEnglishTexts carries each key to the other four.
        kinds.forEach(kind -> assertThat(texts.find("summary.kind." + kind)).as(kind).isPresent());
        Stream.of(DeliveryState.values()).forEach(state ->
                assertThat(texts.find("summary.delivery." + state)).as(state.name()).isPresent());
        Stream.of(Channel.values()).forEach(channel ->
                assertThat(texts.find("channel." + channel)).as(channel.name()).isPresent());
        Stream.of(ManualSourceSearches.Outcome.values()).forEach(outcome ->
                assertThat(texts.find("summary.manual.outcome." + outcome)).as(outcome.name()).isPresent());
        Stream.of(Direction.values()).forEach(direction ->
                assertThat(texts.find("summary.correspondence." + direction)).as(direction.name()).isPresent());
    }
}
