package com.privacydesk.fulfilment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one erasure run did, per data-map source. {@code deleted} and {@code anonymised} count the rows this run
 * changed (a repeated run reports none); {@code retained} lists what stays with its legal ground, on every run,
 * and becomes the partial-refusal reasons of the answer.
 */
public record ErasureResult(Map<String, Integer> deleted, Map<String, Integer> anonymised, List<Retained> retained) {

    public ErasureResult {
        // Insertion order is kept: letters list the sources in data-map order.
        deleted = Collections.unmodifiableMap(new LinkedHashMap<>(deleted));
        anonymised = Collections.unmodifiableMap(new LinkedHashMap<>(anonymised));
        retained = List.copyOf(retained);
    }

    /** Rows kept despite the erasure request, and why (GDPR Art. 17(3)); texts in English, for the audit. */
    public record Retained(String source, String category, int rows, String legalGround) {
    }

    /** True when erasure was complete: nothing had to be kept. */
    public boolean complete() {
        return retained.isEmpty();
    }
}
