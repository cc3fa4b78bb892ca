package com.privacydesk.correspondence;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the letter templates live. A {@code file:} directory lets legal staff edit the wording without a release.
 *
 * @param templatePath Spring resource location of the {@code {lang}/{kind}.ftl} tree, e.g. {@code file:/etc/privacy-desk/letters/}
 */
@Validated
@ConfigurationProperties("privacy-desk.letters")
public record LetterProperties(@DefaultValue("classpath:/letters/") @NotBlank String templatePath) {
}
