package com.privacydesk.stafflanguage;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code privacy-desk.staff-language}: pl, en, de, nl or fr (default en). An unknown value stops the start with
 * the allowed values listed (Spring's enum binding).
 *
 * @param staffLanguage the language of every text the staff read in the desk: forms, case file, letter preview
 *                      chrome, error pages, Tasklist filters and task names
 */
@Validated
@ConfigurationProperties("privacy-desk")
public record StaffLanguageProperties(@DefaultValue("en") @NotNull StaffLanguage staffLanguage) {
}
