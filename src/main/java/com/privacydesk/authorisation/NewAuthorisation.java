package com.privacydesk.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A manager's entry in the register ({@code POST /api/authorisations}). */
public record NewAuthorisation(
        @NotBlank @Size(max = 64) String userId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z0-9-]+", message = "must be a group id") String scope,
        @NotBlank @Size(max = 200) String documentReference,
        @NotNull LocalDate validFrom,
        LocalDate validUntil) {
}
