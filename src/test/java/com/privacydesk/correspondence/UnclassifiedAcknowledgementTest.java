package com.privacydesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An e-mail is acknowledged before an agent has read which rights it concerns: the acknowledgement then says the
 * message is being read instead of listing rights. Every other letter still needs the rights.
 */
class UnclassifiedAcknowledgementTest {

    static final Map<Language, String> BEING_READ = Map.of(
            Language.en, "We are reading your message to see which of your rights it concerns",
            Language.de, "Wir lesen Ihre Nachricht jetzt",
            Language.nl, "Wij lezen uw bericht nu",
            Language.pl, "Czytamy teraz Pani/Pana wiadomość",
            Language.fr, "Nous examinons votre message afin de déterminer les droits qu'il concerne");

    static final Map<Language, String> RIGHTS_LEAD = Map.of(Language.en, "You asked for:",
            Language.de, "Ihr Antrag betrifft:", Language.nl, "Uw verzoek gaat over:", Language.pl, "Przedmiot żądania:",
            Language.fr, "Votre demande porte sur :");

    final LetterComposer composer = LetterFixtures.composer();

    @ParameterizedTest
    @EnumSource(Language.class)
    void withoutRights_saysTheMessageIsBeingRead(Language language) {
        Letter letter = composer.compose(LetterKind.ACKNOWLEDGEMENT,
                LetterFixtures.base(language).rights(List.of()).build());

        assertThat(letter.body()).contains(BEING_READ.get(language), LetterFixtures.CASE)
                .doesNotContain(RIGHTS_LEAD.get(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void withRights_listsThem(Language language) {
        Letter letter = composer.compose(LetterKind.ACKNOWLEDGEMENT,
                LetterFixtures.base(language).rights(List.of(Right.ACCESS)).build());

        assertThat(letter.body()).contains(RIGHTS_LEAD.get(language)).doesNotContain(BEING_READ.get(language));
    }

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = "ACKNOWLEDGEMENT", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherLetter_stillNeedsTheRights(LetterKind kind) {
        assertThatThrownBy(() -> composer.compose(kind, LetterFixtures.builderFor(kind, Language.en)
                .rights(List.of()).build())).isInstanceOf(LetterException.class).hasMessageContaining("rights are missing");
    }
}
