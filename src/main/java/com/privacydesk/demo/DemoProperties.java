package com.privacydesk.demo;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.validation.annotation.Validated;

/** Settings of the dev profile's demo: the password every demo user shares. */
@Profile("dev")
@Validated
@ConfigurationProperties("privacy-desk.demo")
public record DemoProperties(@NotBlank String usersPassword) {
}
