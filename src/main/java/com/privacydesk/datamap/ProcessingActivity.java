package com.privacydesk.datamap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One entry of the record of processing activities (GDPR Art. 30; seed 004): what an access answer must tell the
 * customer about it (Art. 15(1)), and whom an erasure, rectification or restriction is notified to (Art. 19).
 *
 * @param sources the data-map sources (e.g. "orders") this activity processes
 */
public record ProcessingActivity(
        @NotBlank String id,
        @NotBlank String purpose,
        @NotBlank @Pattern(regexp = "Art\\. 6\\(1\\)\\([a-f]\\).*", message = "must cite Art. 6(1)(a) to (f)")
        String legalBasis,
        @NotEmpty List<@NotBlank String> dataCategories,
        @NotEmpty List<@NotBlank String> sources,
        @NotBlank String origin,
        List<@NotBlank String> recipients,
        @NotBlank String retention) {

    public ProcessingActivity {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
