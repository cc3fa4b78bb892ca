package com.privacydesk.deadline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deadline settings a process owner may change without a developer. The country is checked against the country
 * profiles when {@link DeadlineCalculator} is built, so a bad value stops start-up listing the known codes.
 *
 * @param country                the controller's country profile (env PRIVACY_DESK_DEADLINES_COUNTRY): ISO 3166-1
 *                               ({@code PL}, {@code NL}, {@code BE}) or, for a German Land, ISO 3166-2 ({@code DE-BY});
 *                               selects the public holidays that roll deadlines, the lead authority, the court
 *                               remedy, retention defaults and letter languages ({@code country/profiles.yaml})
 * @param zone                   dates are computed in this zone; instants are stored in UTC
 * @param reminderLeadTime       reminder this long before the end of the deadline day
 * @param identityClarification  whether waiting for identity information suspends the period (Art. 12(6))
 * @param identityReplyWindow    how long the desk waits for identity information before closing the case
 * @param reactionQuietPeriod    after the answer, how long until the case closes
 */
@Validated
@ConfigurationProperties("privacy-desk.deadlines")
public record DeadlineProperties(
        @DefaultValue("PL") @NotBlank String country,
        @DefaultValue("Europe/Warsaw") @NotNull ZoneId zone,
        @DefaultValue("P7D") @NotNull Duration reminderLeadTime,
        @DefaultValue("SUSPEND") @NotNull IdentityClarification identityClarification,
        @DefaultValue("P1M") @NotNull Period identityReplyWindow,
        @DefaultValue("P14D") @NotNull Period reactionQuietPeriod) {
}
