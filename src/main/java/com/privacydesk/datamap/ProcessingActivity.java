package com.privacydesk.datamap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One entry of the record of processing activities (GDPR Art. 30; seed 004): which data, from which source, for
 * which purpose and legal basis, where stored, who has access, how protected, to whom disclosed, when deleted.
 * An access answer quotes it (Art. 15(1)); erasure, rectification and restriction notify its recipients (Art. 19).
 *
 * Customer-facing texts (purpose, legal basis, categories, origin, recipients, retention) are {@link LocalisedText}s
 * in every language the desk writes in; who has access and how the data is protected are for the DPO's register.
 *
 * @param origin  where the data comes from (the "source" of Art. 15(1)(g))
 * @param access  who may see the data
 * @param recipients ids of the record's recipients the data is disclosed to
 * @param storage the tables that hold the data: each table is defined once, in the first activity naming it; none
 *                for an activity whose data lives in the desk's own case file ({@code heldIn})
 * @param directMarketing the activity is direct marketing: an objection to it is always followed (Art. 21(3))
 * @param dataSubjects the categories of data subjects (Art. 30(1)(c)): customers, prospects, callers...
 * @param heldIn  for the DPO's register, where the data of an activity without mapped storage is kept (the desk's own
 *                tables, which the data map does not erase while a case runs)
 * @param legalBasisOnConsent the legal basis when the controller records calls on consent
 *                (privacy-desk.information.call-recording-basis: CONSENT); {@code legalBasis} applies otherwise
 * @param automatedDecision a decision based solely on automated processing, including profiling (Art. 22), that the
 *                activity makes; null when it makes none (Art. 15(1)(h), 13(2)(f))
 */
public record ProcessingActivity(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "must be a lower-case id with hyphens") String id,
        @NotNull LocalisedText purpose,
        @NotNull LocalisedText legalBasis,
        @NotEmpty List<@NotNull LocalisedText> dataCategories,
        @NotNull LocalisedText origin,
        @NotEmpty List<@NotBlank String> access,
        @NotEmpty List<@NotBlank String> protection,
        List<@NotBlank String> recipients,
        @NotNull LocalisedText retention,
        List<@Valid Storage> storage,
        Boolean directMarketing,
        @NotEmpty List<@NotNull LocalisedText> dataSubjects,
        List<@NotBlank String> heldIn,
        LocalisedText legalBasisOnConsent,
        @Valid AutomatedDecision automatedDecision) {

    public ProcessingActivity {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        access = access == null ? null : List.copyOf(access);
        protection = protection == null ? null : List.copyOf(protection);
        storage = storage == null ? List.of() : List.copyOf(storage);
        dataSubjects = dataSubjects == null ? null : List.copyOf(dataSubjects);
        heldIn = heldIn == null ? List.of() : List.copyOf(heldIn);
    }

    /**
     * A decision based solely on automated processing (Art. 22) as Art. 15(1)(h) makes the controller explain it.
     *
     * @param logic        meaningful information about the logic involved
     * @param significance the significance of the processing for the data subject
     * @param consequences its envisaged consequences
     */
    public record AutomatedDecision(@NotNull LocalisedText logic, @NotNull LocalisedText significance,
                                    @NotNull LocalisedText consequences) {
    }

    /** The same activity with its configured legal basis and retention (see {@link RecordOfProcessing#resolved}). */
    ProcessingActivity with(LocalisedText basis, LocalisedText retentionText) {
        return new ProcessingActivity(id, purpose, basis, dataCategories, origin, access, protection, recipients,
                retentionText, storage, directMarketing, dataSubjects, heldIn, legalBasisOnConsent, automatedDecision);
    }

    /** Whether the record lists data for it in the data map; if not, {@code heldIn} says where it is kept. */
    public boolean mapped() {
        return !storage.isEmpty();
    }

    /** The data-map sources (e.g. "orders") this activity processes. */
    public List<String> sources() {
        return storage.stream().map(Storage::source).toList();
    }

    /** Consent (a) or contract (b): the data falls under portability (Art. 20(1)(a)). */
    public boolean portable() {
        return basedOn('a') || basedOn('b');
    }

    public boolean marketing() {
        return Boolean.TRUE.equals(directMarketing);
    }

    /**
     * An objection reaches it (Art. 21(1)): a public task (e) or a legitimate interest (f); and direct marketing
     * on any basis (Art. 21(2)).
     */
    public boolean objectable() {
        return basedOn('e') || basedOn('f') || marketing();
    }

    /** Consent (a): a withdrawal of consent ends it (Art. 7(3)). */
    public boolean onConsent() {
        return basedOn('a');
    }

    /** The point of Art. 6(1), read from the English legal basis ("Art. 6(1)(f) GDPR: ..."). */
    private boolean basedOn(char point) {
        return legalBasis.en().startsWith("Art. 6(1)(" + point + ")");
    }
}
