package com.privacydesk.datamap;

/**
 * How a table's rows lead to the data subject: either {@code column} holds the customer id, or {@code column}
 * references the id of a row in the table mapped as {@code parentSource}, which in turn leads to the subject.
 *
 * @param column       the column of this table
 * @param parentSource source key of the parent table in the data map, or null when {@code column} is the customer id
 */
public record SubjectLink(String column, String parentSource) {

    public SubjectLink {
        DataMap.requireIdentifier(column, "subject column");
    }

    public static SubjectLink customerId(String column) {
        return new SubjectLink(column, null);
    }

    public static SubjectLink via(String column, String parentSource) {
        return new SubjectLink(column, parentSource);
    }

    public boolean direct() {
        return parentSource == null;
    }
}
