package com.privacydesk.datamap;

import jakarta.validation.constraints.NotBlank;

/**
 * What access letters and packages call a column of the data map, in every language the desk writes in
 * ({@code column-labels} of the record: one glossary, since many tables share column names).
 */
public record ColumnLabel(@NotBlank String column, String en, String pl, String de, String nl, String fr) {

    public LocalisedText label() {
        return new LocalisedText(en, pl, de, nl, fr);
    }
}
