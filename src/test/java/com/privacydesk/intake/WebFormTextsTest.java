package com.privacydesk.intake;

import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public web form's texts (i18n/web-form*.properties) in every language the desk writes in: the same keys as the
 * English, an option for every right, the one-month promise with the possible extension by two months (Art. 12(3)),
 * and the QUESTION option naming complaints too.
 */
class WebFormTextsTest {

    private static Properties texts(Language language) throws IOException {
        String name = language == Language.en ? "/i18n/web-form.properties" : "/i18n/web-form_" + language + ".properties";
        try (InputStream in = WebFormTextsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryTextOfTheEnglishForm(Language language) throws IOException {
        Properties english = texts(Language.en);
        Properties own = texts(language);

        assertThat(own.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(own.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(Arrays.stream(Right.values()).map(r -> "right." + r)).allSatisfy(key ->
                assertThat(own.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | one month  | two months        | question or complaint
            pl | miesiąca   | dwa miesiące      | Pytanie lub skarga
            de | eines Monats | zwei Monate     | Frage oder Beschwerde
            nl | een maand  | twee maanden      | vraag of klacht
            fr | d'un mois  | deux mois         | question ou une réclamation
            """)
    void thePromiseNamesThePossibleExtension_andQuestionsIncludeComplaints(Language language, String month,
            String extension, String question) throws IOException {
        Properties own = texts(language);

        assertThat(own.getProperty("page.intro")).contains(month, extension);
        assertThat(own.getProperty("confirmation.extension")).contains(extension);
        assertThat(own.getProperty("right.QUESTION")).containsIgnoringCase(question);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"pl", "de", "nl", "fr"})
    void customerTextsUseTheFormalRegister(Language language) throws IOException {
        String all = String.join("\n", texts(language).values().stream().map(Object::toString).toList());

        switch (language) {
            case pl -> assertThat(all).doesNotContain("Twój", "Twoje", "Twoich", "Tobą", " Ci ", "Państw");
            case de -> assertThat(all).doesNotContain(" du ", " dein", "Aktenzeichen", "Anliegen");
            case nl -> assertThat(all).doesNotContain(" je ", " jouw ", " jij ");
            case fr -> assertThat(all).doesNotContain(" tu ", " ton ", " ta ", " tes ");
            default -> {
            }
        }
    }
}
