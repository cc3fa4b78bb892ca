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
 * @param storage the tables that hold the data: each table is defined once, in the first activity naming it
 * @param directMarketing the activity is direct marketing: an objection to it is always followed (Art. 21(3))
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
        @NotEmpty List<@Valid Storage> storage,
        Boolean directMarketing) {

    public ProcessingActivity {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        access = access == null ? null : List.copyOf(access);
        protection = protection == null ? null : List.copyOf(protection);
        storage = storage == null ? null : List.copyOf(storage);
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
