package com.privacydesk.tasklist;

/**
 * The desk's Tasklist filters, in the order Tasklist lists them (its priority). Each group sees a subset (see
 * {@link DeskAuthorizations}), and each group's subset opens on its main queue: Tasklist selects a user's
 * first filter at login, so agents land on their queue, officers on theirs, managers on the overdue reviews.
 * The key is the filter's stable identity; names are texts in the staff language ({@code filter.<key>.name}).
 */
public enum DeskFilter {
    AGENTS_QUEUE("agents-queue"),
    OFFICERS_QUEUE("officers-queue"),
    OVERDUE_REVIEWS("overdue-reviews"),
    // Right after the queue: a callback is lawful only minutes after the drop (seed 003).
    CALL_BACKS("call-backs"),
    MY_TASKS("my-tasks"),
    DUE_WITHIN_7_DAYS("due-within-7-days"),
    OVERDUE("overdue");

    private final String key;

    DeskFilter(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Tasklist lists filters by ascending priority. */
    public int priority() {
        return ordinal() + 1;
    }
}
