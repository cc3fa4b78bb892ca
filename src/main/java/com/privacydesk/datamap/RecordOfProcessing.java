package com.privacydesk.datamap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The record of processing activities, versioned in {@code record-of-processing.yaml}: the single source of what
 * the desk looks up, exports and erases ({@link DataMap#from}). Bean validation names the setting at fault; the
 * cross-checks (sources, parents, policies, database columns) name the activity, table and column.
 */
@Validated
@ConfigurationProperties("privacy-desk.record-of-processing")
public record RecordOfProcessing(@NotEmpty List<@Valid ProcessingActivity> activities,
                                 List<@Valid ManualSource> manualSources,
                                 List<@Valid ColumnLabel> columnLabels) {

    public RecordOfProcessing {
        activities = activities == null ? null : List.copyOf(activities);
        manualSources = manualSources == null ? List.of() : List.copyOf(manualSources);
        columnLabels = columnLabels == null ? List.of() : List.copyOf(columnLabels);
    }

    /**
     * What a customer reading {@code language} calls the column: its label from {@code column-labels}, which
     * start-up requires for every column the data map names; other columns (internal keys) keep their name.
     */
    public String columnLabel(String column, com.privacydesk.request.Language language) {
        return columnLabels.stream().filter(l -> l.column().equals(column)).findFirst()
                .map(l -> l.label().in(language)).orElse(column);
    }

    /** The activities that process any of these sources: the Art. 15(1) part of an access answer. */
    public List<ProcessingActivity> concerning(Collection<String> sources) {
        return activities.stream().filter(activity -> activity.sources().stream().anyMatch(sources::contains))
                .toList();
    }

    /** Everyone the data of these sources was disclosed to: who is told of a change (Art. 19). */
    public List<LocalisedText> recipientsOf(Collection<String> sources) {
        return concerning(sources).stream().flatMap(activity -> activity.recipients().stream()).distinct().toList();
    }

    public Optional<ProcessingActivity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<ManualSource> manualSource(String id) {
        return manualSources.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The manual sources a request for these rights must be searched in by hand. */
    public List<ManualSource> manualSourcesFor(Collection<com.privacydesk.request.Right> rights) {
        return manualSources.stream().filter(m -> m.concerns(rights)).toList();
    }
}
