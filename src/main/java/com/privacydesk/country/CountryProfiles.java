package com.privacydesk.country;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The country profiles the desk knows, read from YAML and checked once: every text in every language the desk
 * writes, every holiday calendar and region known to Jollyday. A German Land's profile is the country's, with the
 * Land's holidays and authority; Germany alone names no authority (§ 40 BDSG).
 */
public final class CountryProfiles {

    /** The languages a profile's customer-facing texts must cover. */
    public static final List<String> LANGUAGES = List.of("pl", "en", "de", "nl", "fr");

    static final String PREFIX = "privacy-desk.country-profiles";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z0-9]{1,3}");

    private static volatile CountryProfiles bundled;

    private final SortedMap<String, CountryProfile> profiles;

    private CountryProfiles(SortedMap<String, CountryProfile> profiles) {
        this.profiles = Collections.unmodifiableSortedMap(profiles);
    }

    /** The profiles the application ships ({@code country/profiles.yaml}), read once per class loader. */
    public static CountryProfiles bundled() {
        CountryProfiles loaded = bundled;
        if (loaded == null) {
            synchronized (CountryProfiles.class) {
                loaded = bundled;
                if (loaded == null) {
                    loaded = load(new ClassPathResource("country/profiles.yaml"));
                    bundled = loaded;
                }
            }
        }
        return loaded;
    }

    public static CountryProfiles load(Resource yaml) {
        List<ProfileEntry> entries;
        try {
            var sources = new YamlPropertySourceLoader().load(yaml.getDescription(), yaml);
            entries = new Binder(ConfigurationPropertySources.from(sources))
                    .bind(PREFIX, org.springframework.boot.context.properties.bind.Bindable.listOf(ProfileEntry.class))
                    .orElseThrow(() -> new IllegalStateException("No " + PREFIX + " in " + yaml.getDescription()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + yaml.getDescription(), e);
        }
        SortedMap<String, CountryProfile> profiles = new TreeMap<>();
        for (ProfileEntry entry : entries) {
            CountryProfile country = entry.toProfile();
            add(profiles, country);
            for (SubdivisionEntry subdivision : entry.subdivisions() == null ? List.<SubdivisionEntry>of()
                    : entry.subdivisions()) {
                add(profiles, subdivision.toProfile(entry, country));
            }
        }
        return new CountryProfiles(profiles);
    }

    /** Every known code, sorted: {@code BE, DE, DE-BB, ..., NL, PL}. */
    public Set<String> codes() {
        return profiles.keySet();
    }

    /**
     * The profile for an ISO 3166-1 or 3166-2 code, case-insensitive ({@code de-by} is {@code DE-BY}).
     *
     * @throws IllegalArgumentException naming the known codes, for a blank or unknown code
     */
    public CountryProfile require(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        CountryProfile profile = profiles.get(normalised);
        if (profile == null) {
            throw new IllegalArgumentException("'" + code + "' is not a known country profile (ISO 3166-1 code, or"
                    + " ISO 3166-2 code of a German Land); known: " + String.join(", ", profiles.keySet()));
        }
        return profile;
    }

    private static void add(Map<String, CountryProfile> profiles, CountryProfile profile) {
        if (profiles.putIfAbsent(profile.code(), profile) != null) {
            throw new IllegalStateException("Country profile " + profile.code() + " is defined twice");
        }
    }

    /** A country as the YAML gives it. */
    record ProfileEntry(String code, String holidayCalendar, List<String> letterLanguages, AuthorityEntry authority,
                        Map<String, String> courtRemedy, List<RetentionEntry> retention,
                        List<SubdivisionEntry> subdivisions) {

        CountryProfile toProfile() {
            String where = "country profile " + code;
            require(code != null && COUNTRY.matcher(code).matches(), where + ": code must be ISO 3166-1 alpha-2");
            require(letterLanguages != null && !letterLanguages.isEmpty()
                    && LANGUAGES.containsAll(letterLanguages), where + ": letter-languages must be some of " + LANGUAGES);
            String calendar = holidayCalendar == null ? "" : holidayCalendar;
            require(HolidayManager.getSupportedCalendarCodes().contains(calendar),
                    where + ": no Jollyday holiday calendar '" + calendar + "'");
            List<RetentionDefault> defaults = new ArrayList<>();
            for (RetentionEntry r : retention == null ? List.<RetentionEntry>of() : retention) {
                require(r.topic() != null && r.period() != null && !r.period().isNegative() && !r.period().isZero(),
                        where + ": a retention entry needs a topic and a positive period");
                defaults.add(new RetentionDefault(r.topic(), r.period(),
                        localised(r.text(), letterLanguages, where + " retention " + r.topic())));
            }
            return new CountryProfile(code, code, null, calendar, null, letterLanguages,
                    authority == null ? null : authority.toTexts(letterLanguages, where),
                    localised(courtRemedy, letterLanguages, where + " court-remedy"), defaults);
        }
    }

    /** A subdivision (German Land) as the YAML gives it: its holiday region and authority. */
    record SubdivisionEntry(String code, String holidayRegion, AuthorityEntry authority) {

        CountryProfile toProfile(ProfileEntry parent, CountryProfile country) {
            String full = parent.code() + "-" + code;
            String where = "country profile " + full;
            require(code != null && SUBDIVISION.matcher(code).matches(), where + ": subdivision code must be ISO 3166-2");
            require(holidayRegion != null && HolidayManager.getInstance(ManagerParameters.create(
                            country.holidayCalendar())).getCalendarHierarchy().getChildren().containsKey(holidayRegion),
                    where + ": no Jollyday holiday region '" + holidayRegion + "' in " + country.holidayCalendar());
            require(authority != null, where + ": a subdivision needs its authority");
            return new CountryProfile(full, country.country(), code, country.holidayCalendar(), holidayRegion,
                    country.letterLanguages(), authority.toTexts(country.letterLanguages(), where),
                    country.courtRemedy(), country.retention());
        }
    }

    /** An authority as the YAML gives it. */
    record AuthorityEntry(Map<String, String> name, Map<String, String> address, Map<String, String> website) {

        CountryProfile.AuthorityTexts toTexts(List<String> fallbacks, String where) {
            require(website != null && !website.isEmpty(), where + ": authority.website is missing");
            return new CountryProfile.AuthorityTexts(localised(name, fallbacks, where + " authority.name"),
                    localised(address, fallbacks, where + " authority.address"),
                    new Localised(website, fallbacks.stream().filter(website::containsKey).findFirst()
                            .map(List::of).orElse(List.copyOf(website.keySet()))));
        }
    }

    record RetentionEntry(String topic, Period period, Map<String, String> text) {
    }

    /** Customer-facing texts: every desk language, none blank. */
    private static Localised localised(Map<String, String> texts, List<String> fallbacks, String where) {
        require(texts != null, where + " is missing");
        Map<String, String> copy = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String text = texts.get(language);
            require(text != null && !text.isBlank(), where + " has no text in " + language);
            copy.put(language, text.strip());
        }
        require(copy.keySet().containsAll(texts.keySet()), where + " has a language the desk does not write: "
                + texts.keySet());
        return new Localised(copy, fallbacks);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Invalid country profiles: " + problem);
        }
    }
}
