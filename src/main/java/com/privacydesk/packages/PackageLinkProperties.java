package com.privacydesk.packages;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The requester's download links to the packages of an answer.
 *
 * @param linkValidity how long a link works after the letter is written; it then works to the end of that day in
 *                     the controller's zone, the date the letter prints
 */
@Validated
@ConfigurationProperties("privacy-desk.packages")
public record PackageLinkProperties(@DefaultValue("P30D") @NotNull Duration linkValidity) {

    public PackageLinkProperties {
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("privacy-desk.packages.link-validity must be positive");
        }
    }
}
