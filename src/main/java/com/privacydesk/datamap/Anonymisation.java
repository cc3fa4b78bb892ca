package com.privacydesk.datamap;

/**
 * How one column is overwritten when its row is anonymised.
 *
 * @param column      column name, as declared in the data map
 * @param replacement the kind of replacement; when not given, TEXT if a text is given, else NULL
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
        // In YAML a column with a text gets the text, one without is emptied (NULL is a YAML keyword).
        if (replacement == null) {
            replacement = text != null ? Replacement.TEXT : Replacement.NULL;
        }
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
