package com.privacydesk.fulfilment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.stream.Stream;

/**
 * Corrected values typed by the handler in "Prepare answer" (Art. 16); {@code null} leaves a field as it is.
 * Personal data: kept in the answer plan with the case, never in the engine.
 */
public record Correction(String name, String email, String phone, String street, String postalCode, String city) {

    @JsonIgnore
    public boolean isEmpty() {
        return Stream.of(name, email, phone, street, postalCode, city).allMatch(v -> v == null || v.isBlank());
    }
}
