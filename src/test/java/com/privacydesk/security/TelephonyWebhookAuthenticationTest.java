package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelephonyWebhookAuthenticationTest {

    @Test
    void onlyTheConfiguredSecretMatches_andNothingWithoutOne() {
        String secret = "Zq7-u2Lm9vKx4Rt1Wn8bYc3J";
        assertThat(TelephonyWebhookAuthentication.matches(secret, secret)).isTrue();
        assertThat(TelephonyWebhookAuthentication.matches(secret, secret + " ")).isFalse();
        assertThat(TelephonyWebhookAuthentication.matches(secret, secret.substring(1))).isFalse();
        assertThat(TelephonyWebhookAuthentication.matches(secret, null)).isFalse();
        assertThat(TelephonyWebhookAuthentication.matches(secret, "")).isFalse();
        // Not configured: no header value opens the webhook, not even an empty one.
        assertThat(TelephonyWebhookAuthentication.matches(null, "")).isFalse();
        assertThat(TelephonyWebhookAuthentication.matches("", "")).isFalse();
        assertThat(TelephonyWebhookAuthentication.matches(" ", " ")).isFalse();
    }
}
