package com.privacydesk.datamap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The record of processing activities, versioned in {@code record-of-processing.yaml}: the single source of what
 * the desk looks up, exports and erases ({@link DataMap#from}). Bound and validated by {@link RecordOfProcessingLoader}
 * and made concrete by the controller's settings ({@link #resolved}, {@link DataMapConfiguration}). Bean validation
 * names the setting at fault; the cross-checks (sources, parents, policies, database columns) name the activity,
 * table and column.
 */
public record RecordOfProcessing(@NotEmpty List<@Valid ProcessingActivity> activities,
                                 List<@Valid ManualSource> manualSources,
                                 List<@Valid ColumnLabel> columnLabels,
                                 List<@Valid Recipient> recipients) {

    public RecordOfProcessing {
        activities = activities == null ? null : List.copyOf(activities);
        manualSources = manualSources == null ? List.of() : List.copyOf(manualSources);
        columnLabels = columnLabels == null ? List.of() : List.copyOf(columnLabels);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * What a customer reading {@code language} calls the column: its label from {@code column-labels}, which
     * start-up requires for every column the data map names; other columns (internal keys) keep their name.
     */
    public String columnLabel(String column, com.privacydesk.request.Language language) {
        return columnLabels.stream().filter(l -> l.column().equals(column)).findFirst()
                .map(l -> l.label().in(language)).orElse(column);
    }

    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("\\{([a-z][a-z-]*)}");

    /**
     * The record as the controller's settings make it: the recording activity's basis follows the configured
     * recording basis, and every {@code {term}} of a retention text is replaced by the setting or country rule it
     * names. An unknown term stops the start naming the activity and the known terms.
     */
    public RecordOfProcessing resolved(RecordSettings settings) {
        List<ProcessingActivity> resolved = activities.stream().map(a -> a.with(
                settings.recordingOnConsent() && a.legalBasisOnConsent() != null ? a.legalBasisOnConsent() : a.legalBasis(),
                a.retention().map((language, text) -> terms(a.id(), text, language, settings)))).toList();
        return new RecordOfProcessing(resolved, manualSources, columnLabels, recipients);
    }

    private static String terms(String activity, String text, com.privacydesk.request.Language language,
                                RecordSettings settings) {
        java.util.regex.Matcher m = TERM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalisedText term = settings.retentionTerms().get(m.group(1));
            if (term == null) {
                throw new InvalidDataMapException("Record of processing, activity " + activity + ", retention ("
                        + language + "): unknown term {" + m.group(1) + "}; known: "
                        + new java.util.TreeSet<>(settings.retentionTerms().keySet()));
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(term.in(language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where the activity's data goes outside the EEA: every transfer of its recipients (Art. 30(1)(e)). */
    public List<Transfer> transfersOf(ProcessingActivity activity) {
        return recipientsOf(activity).stream().flatMap(r -> r.transfers().stream()
                .map(t -> new Transfer(r.name(), t.country(), t.safeguard()))).toList();
    }

    /** A transfer to a third country with the recipient making it. */
    public record Transfer(LocalisedText recipient, LocalisedText country, LocalisedText safeguard) {
    }

    /** The activities that process any of these sources: the Art. 15(1) part of an access answer. */
    public List<ProcessingActivity> concerning(Collection<String> sources) {
        return activities.stream().filter(activity -> activity.sources().stream().anyMatch(sources::contains))
                .toList();
    }

    /**
     * The recipients (Art. 4(9)) the data of these sources was disclosed to: who is told of a rectification, erasure
     * or restriction (Art. 19). Public authorities receiving data in a particular inquiry are not among them.
     */
    public List<Recipient> recipientsOf(Collection<String> sources) {
        return concerning(sources).stream().flatMap(activity -> recipientsOf(activity).stream())
                .filter(Recipient::notifiable).distinct().toList();
    }

    /** Everyone the activity discloses data to, public authorities included (the DPO's register lists them all). */
    public List<Recipient> recipientsOf(ProcessingActivity activity) {
        return activity.recipients().stream().map(this::recipient).toList();
    }

    /** The names customers read in an access answer: recipients only, not authorities asking in an inquiry. */
    public List<LocalisedText> recipientNames(ProcessingActivity activity) {
        return recipientsOf(activity).stream().filter(Recipient::notifiable).map(Recipient::name).toList();
    }

    public Recipient recipient(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() ->
                new InvalidDataMapException("Record of processing: unknown recipient " + id));
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
