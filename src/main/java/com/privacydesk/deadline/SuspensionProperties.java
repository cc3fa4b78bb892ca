package com.privacydesk.deadline;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a question for identity information suspends the deadline under
 * {@link IdentityClarification#SUSPEND}: EDPB Guidelines 01/2022 §159 allow it only where the controller asked
 * without undue delay.
 *
 * @param askedWithin the question suspends the period only if it went out at most this long after the day of
 *                    receipt (counted in calendar days in the controller's zone); a later question suspends nothing
 */
@Validated
@ConfigurationProperties("privacy-desk.deadlines.suspension")
public record SuspensionProperties(@DefaultValue("P7D") @NotNull Period askedWithin) {

    public SuspensionProperties {
        if (askedWithin != null && askedWithin.isNegative()) {
            throw new IllegalArgumentException("privacy-desk.deadlines.suspension.asked-within must not be negative: "
                    + askedWithin);
        }
    }
}
