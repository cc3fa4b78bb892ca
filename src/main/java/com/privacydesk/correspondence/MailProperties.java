package com.privacydesk.correspondence;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How letters leave the desk. SMTP takes the server from Spring's {@code spring.mail.*} settings; FILEBOX writes
 * each letter as an .eml file a person can open (the dev profile).
 */
@Validated
@ConfigurationProperties("privacy-desk.mail")
public record MailProperties(
        @NotBlank @Email String from,
        @DefaultValue("SMTP") @NotNull Delivery delivery,
        @DefaultValue("target/mailbox") @NotBlank String fileboxDirectory) {

    public enum Delivery { SMTP, FILEBOX }
}
