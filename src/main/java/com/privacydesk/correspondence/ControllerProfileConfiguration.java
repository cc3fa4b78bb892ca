package com.privacydesk.correspondence;

import com.privacydesk.country.CountryProfile;
import com.privacydesk.deadline.DeadlineCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Joins the configured controller with its country profile, so letters name the right authority and court. */
@Configuration(proxyBeanMethods = false)
public class ControllerProfileConfiguration {

    @Bean
    ControllerProfile controllerProfile(ControllerSettings settings, DeadlineCalculator calculator) {
        return profile(settings, calculator.countryProfile());
    }

    /**
     * The configured authority wins; else the profile's in its first letter language. Germany without a Land names
     * none (§ 40 BDSG), so the start stops saying which settings would name one.
     */
    static ControllerProfile profile(ControllerSettings settings, CountryProfile country) {
        boolean configured = settings.supervisoryAuthority() != null;
        if (!configured && !country.namesAnAuthority()) {
            throw new IllegalStateException("privacy-desk.deadlines.country is " + country.code() + ", which names no"
                    + " supervisory authority: a German controller answers to its Land's authority (§ 40 BDSG). Set the"
                    + " Land (" + country.code() + "-BY, " + country.code() + "-NW, ...) or"
                    + " privacy-desk.controller.supervisory-authority.name, .address and .website");
        }
        ControllerProfile.SupervisoryAuthority authority = configured ? settings.supervisoryAuthority()
                : ControllerProfile.SupervisoryAuthority.of(
                        country.authority(country.defaultLetterLanguage()).orElseThrow());
        return new ControllerProfile(settings.companyName(), settings.address(), settings.dataProtectionContact(),
                settings.dpoName(), settings.privacyPolicyUrl(), authority, country, configured);
    }
}
