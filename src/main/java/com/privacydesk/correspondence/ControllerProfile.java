package com.privacydesk.correspondence;

import com.privacydesk.country.CountryProfile;
import com.privacydesk.country.LeadAuthority;
import com.privacydesk.request.Language;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * Who the controller is, as every letter and information clause names it (GDPR Art. 13(1), 12(4)), with what its
 * country decides: the lead authority in each language and the court remedy (Art. 77, 79). Built at start-up from
 * {@link ControllerSettings} and the country profile ({@link ControllerProfileConfiguration}).
 *
 * @param companyName           legal name of the controller
 * @param address               postal address of the controller
 * @param dataProtectionContact e-mail or postal address of the DPO or privacy team
 * @param dpoName               name of the data protection officer; null when the company has none (seed 004)
 * @param privacyPolicyUrl      full privacy notice, the second layer of information
 * @param supervisoryAuthority  where the customer can complain (Art. 77), in the country's first letter language
 *                              (or as configured): what templates name today as {@code controller.supervisoryAuthority}
 * @param country               the controller's country profile; null only for a profile built by hand (tests)
 * @param authorityConfigured   true when {@code supervisoryAuthority} was configured and replaces the profile's in
 *                              every language
 */
public record ControllerProfile(
        String companyName,
        String address,
        String dataProtectionContact,
        String dpoName,
        String privacyPolicyUrl,
        SupervisoryAuthority supervisoryAuthority,
        CountryProfile country,
        boolean authorityConfigured) {

    public ControllerProfile {
        Objects.requireNonNull(supervisoryAuthority, "supervisoryAuthority");
    }

    /** A controller with a fixed authority and no country profile: its authority is named the same in every language. */
    public ControllerProfile(String companyName, String address, String dataProtectionContact, String dpoName,
                             String privacyPolicyUrl, SupervisoryAuthority supervisoryAuthority) {
        this(companyName, address, dataProtectionContact, dpoName, privacyPolicyUrl, supervisoryAuthority, null, true);
    }

    /** The authority the customer can turn to (UODO, BayLDA, GBA/APD, Autoriteit Persoonsgegevens, ...). */
    public record SupervisoryAuthority(@NotBlank String name, @NotBlank String address, @NotBlank String website) {

        static SupervisoryAuthority of(LeadAuthority authority) {
            return new SupervisoryAuthority(authority.name(), authority.address(), authority.website());
        }
    }

    /**
     * The lead authority as a letter in that language names it (templates: {@code controller.leadAuthority.name},
     * {@code .address}, {@code .website}). A configured authority is named as configured in every language.
     */
    public LeadAuthority leadAuthority(Language language) {
        return leadAuthority(Objects.requireNonNull(language, "language").name());
    }

    /** As {@link #leadAuthority(Language)}, by ISO 639-1 code ({@code fr} before the desk's Language knows it). */
    public LeadAuthority leadAuthority(String language) {
        if (authorityConfigured || country == null) {
            return new LeadAuthority(supervisoryAuthority.name(), supervisoryAuthority.address(),
                    supervisoryAuthority.website());
        }
        return country.authority(language).orElseThrow();
    }

    /**
     * The judicial remedy against the controller in that language (Art. 79; NL: petition within six weeks, art. 35
     * UAVG), for templates as {@code controller.courtRemedy}. Null without a country profile.
     */
    public String courtRemedy(Language language) {
        return courtRemedy(Objects.requireNonNull(language, "language").name());
    }

    /** As {@link #courtRemedy(Language)}, by ISO 639-1 code. */
    public String courtRemedy(String language) {
        return country == null ? null : country.courtRemedy(language);
    }
}
