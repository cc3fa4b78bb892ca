package com.privacydesk.correspondence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who the controller is, as every letter and information clause names it (GDPR Art. 13(1), 12(4)).
 * Validated at start-up so that an environment without a profile fails naming the missing setting.
 *
 * @param companyName           legal name of the controller
 * @param address               postal address of the controller
 * @param dataProtectionContact e-mail or postal address of the DPO or privacy team
 * @param dpoName               name of the data protection officer; null when the company has none (seed 004)
 * @param privacyPolicyUrl      full privacy notice, the second layer of information
 * @param supervisoryAuthority  where the customer can complain (Art. 77)
 */
@Validated
@ConfigurationProperties("privacy-desk.controller")
public record ControllerProfile(
        @NotBlank String companyName,
        @NotBlank String address,
        @NotBlank String dataProtectionContact,
        String dpoName,
        @NotBlank String privacyPolicyUrl,
        @NotNull @Valid SupervisoryAuthority supervisoryAuthority) {

    /** The authority the customer can turn to (UODO, BfDI, Autoriteit Persoonsgegevens, ...). */
    public record SupervisoryAuthority(@NotBlank String name, @NotBlank String address, @NotBlank String website) {
    }
}
