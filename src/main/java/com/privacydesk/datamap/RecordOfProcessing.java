package com.privacydesk.datamap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The record of processing activities, versioned in {@code record-of-processing.yaml} and validated at start-up:
 * a broken entry stops the application naming the setting and what is wrong.
 */
@Validated
@ConfigurationProperties("privacy-desk.record-of-processing")
public record RecordOfProcessing(@NotEmpty List<@Valid ProcessingActivity> activities) {

    /** The activities that process any of these sources: the Art. 15(1) part of an access answer. */
    public List<ProcessingActivity> concerning(Collection<String> sources) {
        return activities.stream().filter(activity -> activity.sources().stream().anyMatch(sources::contains))
                .toList();
    }

    /** Everyone the data of these sources was disclosed to: who is told of a change (Art. 19). */
    public List<String> recipientsOf(Collection<String> sources) {
        return concerning(sources).stream().flatMap(activity -> activity.recipients().stream()).distinct().toList();
    }
}
