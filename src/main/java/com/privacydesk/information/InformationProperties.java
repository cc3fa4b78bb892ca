package com.privacydesk.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the information clauses are written. The controller's identity comes from
 * {@link com.privacydesk.correspondence.ControllerProfile}; this adds what only the clauses need.
 *
 * @param callRecordingBasis legal basis of recording calls, a decision of the controller (no default on purpose:
 *                           application.yaml states it, an environment may change it)
 * @param templatePath       Spring resource location of the {@code {lang}/{clause}.ftl} tree
 */
@Validated
@ConfigurationProperties("privacy-desk.information")
public record InformationProperties(
        @NotNull RecordingBasis callRecordingBasis,
        @DefaultValue("classpath:/information/") @NotBlank String templatePath) {
}
