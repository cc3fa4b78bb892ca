package com.privacydesk.datamap;

import com.privacydesk.request.Language;
import java.util.Map;
import java.util.Objects;

/**
 * What the controller's settings decide in the record of processing, which the YAML cannot know: the retention
 * periods set elsewhere (the case file's, the dropped calls') and the country's retention rules with their citations,
 * the basis of call recording, who the controller is, and the register's default language. Built from the settings
 * by {@code policy.RecordSettingsConfiguration}; {@link RecordOfProcessing#resolved} applies it.
 *
 * @param defaultLanguage    the language of the register when none is asked for: the country profile's first
 * @param recordingOnConsent the controller records calls on consent (privacy-desk.information.call-recording-basis)
 * @param retentionTerms     what a retention text's {@code {term}} stands for, per term ({@code tax-records},
 *                           {@code claims}, {@code closed-cases}, ...), in every language
 * @param controller         the controller, its DPO and its representative (Art. 30(1)(a))
 */
public record RecordSettings(Language defaultLanguage, boolean recordingOnConsent,
                             Map<String, LocalisedText> retentionTerms, Controller controller) {

    public RecordSettings {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        retentionTerms = Map.copyOf(retentionTerms);
        Objects.requireNonNull(controller, "controller");
    }

    /**
     * The settings from their sources: the country profile's retention rules ({@code {tax-records}}, {@code {claims}},
     * with their citation), the case file's, the recording answers' and the dropped calls' periods.
     */
    public static RecordSettings of(com.privacydesk.country.CountryProfile country, java.time.Period closedCases,
                                    java.time.Period recordingConsents, java.time.Duration droppedCalls,
                                    boolean recordingOnConsent, Controller controller) {
        Map<String, LocalisedText> terms = new java.util.LinkedHashMap<>();
        for (com.privacydesk.country.RetentionDefault rule : country.retention()) {
            terms.put(rule.topic(), LocalisedText.of(language -> rule.citation().in(language.name())));
        }
        terms.put("closed-cases", PeriodWords.of(closedCases));
        terms.put("recording-consents", PeriodWords.of(recordingConsents));
        terms.put("dropped-calls", PeriodWords.of(droppedCalls));
        Language first = java.util.Arrays.stream(Language.values())
                .filter(l -> l.name().equals(country.defaultLetterLanguage())).findFirst().orElse(Language.en);
        return new RecordSettings(first, recordingOnConsent, terms, controller);
    }

    /**
     * @param name           legal name of the controller
     * @param address        its postal address
     * @param dpoName        the data protection officer's name; null when the company has none
     * @param dpoContact     how to reach the DPO or, without one, the privacy team
     * @param representative the representative in the Union (Art. 27) with its contact; null when none is needed
     *                       because the controller is established in the Union
     */
    public record Controller(String name, String address, String dpoName, String dpoContact, String representative) {

        public Controller {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(dpoContact, "dpoContact");
        }
    }
}
