package com.privacydesk.country;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the controller's country decides for the desk: public holidays, the lead supervisory authority, the court
 * remedy, retention defaults and the letters' languages. Loaded from {@code country/profiles.yaml} by
 * {@link CountryProfiles}; one profile per ISO 3166-1 code, and per ISO 3166-2 code where a subdivision changes
 * something (a German Land: its holidays and, under § 40 BDSG, its authority).
 *
 * @param code             the profile's code as configured: {@code PL}, {@code DE-BY}, ...
 * @param country          ISO 3166-1 alpha-2 part of the code
 * @param subdivision      ISO 3166-2 subdivision part ({@code BY}), or null for a whole country
 * @param holidayCalendar  Jollyday calendar of the country
 * @param holidayRegion    Jollyday region whose holidays count as well ({@code by}), or null
 * @param letterLanguages  default letter languages, the first one first (Belgium: nl, fr)
 * @param authorityTexts   the lead authority's name, address and website per language; null when the country alone
 *                         names none (Germany without a Land)
 * @param courtRemedy      the judicial remedy text per language (Art. 79; NL art. 35 UAVG)
 * @param retention        retention defaults with their legal citation
 */
public record CountryProfile(String code, String country, String subdivision, String holidayCalendar,
                             String holidayRegion, List<String> letterLanguages, AuthorityTexts authorityTexts,
                             Localised courtRemedy, List<RetentionDefault> retention) {

    public CountryProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(holidayCalendar, "holidayCalendar");
        letterLanguages = List.copyOf(letterLanguages);
        Objects.requireNonNull(courtRemedy, "courtRemedy");
        retention = List.copyOf(retention);
    }

    /** The authority's name, address and website per language. */
    public record AuthorityTexts(Localised name, Localised address, Localised website) {
    }

    /** Whether the profile names a lead authority (every profile but a German one without its Land). */
    public boolean namesAnAuthority() {
        return authorityTexts != null;
    }

    /** The lead authority as a letter in that language names it; empty for Germany without a Land. */
    public Optional<LeadAuthority> authority(String language) {
        if (authorityTexts == null) {
            return Optional.empty();
        }
        return Optional.of(new LeadAuthority(authorityTexts.name().in(language), authorityTexts.address().in(language),
                authorityTexts.website().in(language)));
    }

    /** The court-remedy text in that language (the profile's first letter language where it has none). */
    public String courtRemedy(String language) {
        return courtRemedy.in(language);
    }

    /** The retention default for a topic ({@code tax-records}, {@code claims}), if the country has one. */
    public Optional<RetentionDefault> retention(String topic) {
        return retention.stream().filter(r -> r.topic().equals(topic)).findFirst();
    }

    /** The language letters are written in when nothing else decides: the first of {@link #letterLanguages()}. */
    public String defaultLetterLanguage() {
        return letterLanguages.get(0);
    }
}
