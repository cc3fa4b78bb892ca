package com.privacydesk.intake.mail;

import com.privacydesk.request.Language;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The privacy mailbox the desk reads over IMAP ({@code privacy-desk.mail-intake.*}). Off unless enabled: dev and
 * test have no mailbox, production sets it from the environment.
 *
 * @param folder          where new messages arrive; handled ones stay there, flagged \Seen
 * @param errorFolder     where a message that cannot be read is moved (created when missing), for a person to look at
 * @param pollInterval    pause between two polls
 * @param language        the letters' language until an agent classifies the message, unless it says its own
 * @param timeout         connection and read timeout; a poll never hangs
 * @param trustedAuthservId the authserv-id the desk's own receiving mail server writes into its
 *                        Authentication-Results header (RFC 8601). Only a DMARC pass in that header makes a sender
 *                        address proven; without it (the default) no e-mail proves its sender
 */
@Validated
@ConfigurationProperties("privacy-desk.mail-intake")
public record MailIntakeProperties(
        @DefaultValue("false") boolean enabled,
        String host,
        @DefaultValue("993") @Min(1) @Max(65535) int port,
        @DefaultValue("true") boolean ssl,
        String username,
        String password,
        @DefaultValue("INBOX") @NotBlank String folder,
        @DefaultValue("privacy-desk-errors") @NotBlank String errorFolder,
        @DefaultValue("PT1M") @NotNull Duration pollInterval,
        @DefaultValue("en") @NotNull Language language,
        @DefaultValue("PT30S") @NotNull Duration timeout,
        String trustedAuthservId) {
}
