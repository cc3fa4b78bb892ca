package com.privacydesk.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retention setting as the request-handling clause says it, with each language's plural forms. */
class RetentionInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            P3Y    | en | 3 years
            P1Y    | en | 1 year
            P1Y6M  | en | 1 year and 6 months
            P1Y2M1D| en | 1 year, 2 months and 1 day
            P1Y    | pl | 1 rok
            P3Y    | pl | 3 lata
            P5Y    | pl | 5 lat
            P12Y   | pl | 12 lat
            P22Y   | pl | 22 lata
            P18M   | pl | 18 miesięcy
            P2M    | pl | 2 miesiące
            P1Y6M  | pl | 1 rok i 6 miesięcy
            P3Y    | de | 3 Jahre
            P1M    | de | 1 Monat
            P3Y    | nl | 3 jaar
            P6M    | nl | 6 maanden
            P3Y    | fr | 3 ans
            P1Y6M  | fr | 1 an et 6 mois
            P0D    | en | 0 days
            """)
    void periodInWords(String period, String language, String words) {
        assertThat(RetentionInWords.of(Period.parse(period.strip()), language.strip())).isEqualTo(words.strip());
    }

    @org.junit.jupiter.api.Test
    void unknownLanguageOrNegativePeriod_isRefused() {
        assertThatThrownBy(() -> RetentionInWords.of(Period.ofYears(3), "xx")).hasMessageContaining("xx");
        assertThatThrownBy(() -> RetentionInWords.of(Period.ofYears(-1), "en")).hasMessageContaining("negative");
    }
}
