package com.privacydesk.callback;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The telephony system's webhook: the secret it sends in {@code X-Telephony-Secret}, and how long after a dropped
 * call the desk may call back. A callback is lawful only as the immediate sequel of the interrupted call (seed 003),
 * so the window is short and capped.
 *
 * @param droppedCallRetention how long a dropped call's row (call id, times, decision, outcome; the number is
 *                             erased long before) is kept after the drop, to show why a callback was or was not
 *                             made; then the nightly purge deletes it
 */
@Validated
@ConfigurationProperties("privacy-desk.telephony")
public record TelephonyProperties(
        String webhookSecret,
        @DefaultValue("PT15M") @DurationMin(minutes = 1) @DurationMax(hours = 2) Duration callbackWindow,
        @DefaultValue("P30D") @DurationMin(days = 1) @DurationMax(days = 366) Duration droppedCallRetention) {
}
