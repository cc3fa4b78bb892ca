package com.privacydesk.datamap;

import java.util.List;

/**
 * What an objection (Art. 21) does to a source of an activity on a legitimate interest or public task, or of direct
 * marketing: DELETE its rows, ANONYMISE the listed columns, or MARK the rows in {@code column} so that no reader of
 * the data map processes them further (only storage remains).
 */
public record Objection(Policy policy, String column, List<String> columns) {

    public enum Policy { DELETE, ANONYMISE, MARK }

    public Objection {
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (policy == null) {
            throw new IllegalArgumentException("an objection policy (DELETE, ANONYMISE, MARK) is required");
        }
        if ((policy == Policy.MARK) == (column == null || column.isBlank())) {
            throw new IllegalArgumentException("objection: MARK needs a column (and only MARK has one)");
        }
        if ((policy == Policy.ANONYMISE) == columns.isEmpty()) {
            throw new IllegalArgumentException("objection: ANONYMISE needs the columns to empty (and only it has them)");
        }
        if (column != null) {
            DataMap.requireIdentifier(column, "objection column");
        }
        columns.forEach(c -> DataMap.requireIdentifier(c, "objection column"));
    }
}
