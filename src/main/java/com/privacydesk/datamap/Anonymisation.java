package com.privacydesk.datamap;

import java.util.Objects;

/**
 * How one column is overwritten when its row is anonymised.
 *
 * @param column      column name, as declared in the data map
 * @param replacement the kind of replacement
 * @param text        the fixed text for {@link Replacement#TEXT}, otherwise null
 */
public record Anonymisation(String column, Replacement replacement, String text) {

    public enum Replacement {
        /** The value is removed. */
        NULL,
        /** A fixed placeholder, for columns that must not be empty. */
        TEXT,
        /** The time of the erasure, written once: it marks the row as anonymised and is not itself personal. */
        ERASURE_TIME
    }

    public Anonymisation {
        DataMap.requireIdentifier(column, "anonymised column");
        Objects.requireNonNull(replacement, "replacement");
        if ((replacement == Replacement.TEXT) != (text != null)) {
            throw new IllegalArgumentException("Column " + column + ": a text is required for TEXT and only for TEXT");
        }
    }

    public static Anonymisation nullify(String column) {
        return new Anonymisation(column, Replacement.NULL, null);
    }

    public static Anonymisation text(String column, String text) {
        return new Anonymisation(column, Replacement.TEXT, text);
    }

    public static Anonymisation erasureTime(String column) {
        return new Anonymisation(column, Replacement.ERASURE_TIME, null);
    }
}
