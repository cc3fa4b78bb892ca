package com.privacydesk.lookup;

import java.util.Map;

/**
 * One row held on the data subject, with its values, for an access answer (Art. 15(3)). Column names are
 * lower-case; {@code category} is English (letters and packages translate by {@code source}); timestamps are {@link java.time.Instant}, dates {@link java.time.LocalDate}, on every database.
 */
public record DataRecord(String source, String category, Map<String, Object> values) {
}
