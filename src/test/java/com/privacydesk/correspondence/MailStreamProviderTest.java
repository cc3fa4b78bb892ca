package com.privacydesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

class MailStreamProviderTest {

    @Test
    void theDeskNamesAngusStreamProvider_soJakartaMailNeedNotSearchTheClassPath() {
        String before = System.clearProperty(LetterSenders.STREAM_PROVIDER_PROPERTY);
        try {
            LetterSenders.nameTheMailStreamProvider();

            assertThat(System.getProperty(LetterSenders.STREAM_PROVIDER_PROPERTY))
                    .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
            assertThat(StreamProvider.provider().getClass().getName())
                    .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        } finally {
            restore(before);
        }
    }

    @Test
    void aProviderNamedByTheOperator_isKept() {
        String before = System.getProperty(LetterSenders.STREAM_PROVIDER_PROPERTY);
        System.setProperty(LetterSenders.STREAM_PROVIDER_PROPERTY, "com.example.OperatorsProvider");
        try {
            LetterSenders.nameTheMailStreamProvider();

            assertThat(System.getProperty(LetterSenders.STREAM_PROVIDER_PROPERTY)).isEqualTo("com.example.OperatorsProvider");
        } finally {
            restore(before);
        }
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(LetterSenders.STREAM_PROVIDER_PROPERTY);
        } else {
            System.setProperty(LetterSenders.STREAM_PROVIDER_PROPERTY, value);
        }
    }
}
