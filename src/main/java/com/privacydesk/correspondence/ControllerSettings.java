package com.privacydesk.correspondence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The controller as configured (env PRIVACY_DESK_CONTROLLER_*); {@link ControllerProfile} adds the country profile.
 * Validated at start-up so that an environment without a profile fails naming the missing setting.
 *
 * @param companyName           legal name of the controller
 * @param address               postal address of the controller
 * @param dataProtectionContact e-mail or postal address of the DPO or privacy team
 * @param dpoName               name of the data protection officer; null when the company has none (seed 004)
 * @param privacyPolicyUrl      full privacy notice, the second layer of information
 * @param supervisoryAuthority  optional: replaces the country profile's lead authority in every language (a public
 *                              body, a lead authority under Art. 56 elsewhere); needed for DE without a Land
 * @param representative        name and contact of the representative in the Union (Art. 27), for a controller
 *                              established outside it; empty for a controller established in the Union
 */
@Validated
@ConfigurationProperties("privacy-desk.controller")
public record ControllerSettings(
        @NotBlank String companyName,
        @NotBlank String address,
        @NotBlank String dataProtectionContact,
        String dpoName,
        @NotBlank String privacyPolicyUrl,
        @Valid ControllerProfile.SupervisoryAuthority supervisoryAuthority,
        String representative) {
}
