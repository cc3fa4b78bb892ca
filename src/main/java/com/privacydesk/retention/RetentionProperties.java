package com.privacydesk.retention;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept before it is purged: a closed or cancelled case (with its letters, outcomes,
 * packages, links, downloads and data-change audit) and the mailbox's handled messages for {@code closedCases},
 * for accountability; the proof of a caller's answer to the recording announcement for {@code recordingConsents}
 * after the answer (Art. 7(1): the consent can be shown for as long as a claim about the recording can arise).
 * Dropped calls have their own period with the callback ({@code privacy-desk.telephony.dropped-call-retention}).
 */
@Validated
@ConfigurationProperties("privacy-desk.retention")
public record RetentionProperties(
        @DefaultValue("P3Y") @NotNull Period closedCases,
        @DefaultValue("P3Y") @NotNull Period recordingConsents) {
}
