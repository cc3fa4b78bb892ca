package com.privacydesk.fulfilment;

import java.time.Instant;

/**
 * One thing carrying out an answer plan did, or left for a person to do: per right (step) and per source,
 * recipient or field (target). Letters are written from these rows, never from what the record promises.
 *
 * @param rows   the subject's rows the action concerned (0 where not counted, e.g. a notice)
 * @param ground the reason code or legal ground a source was kept, withheld or retained on; null otherwise
 * @param actor  the handler whose plan it carries out, or the person who did it by hand
 */
public record ExecutionEntry(Step step, String target, Action action, int rows, String ground, String actor,
        Instant at) {

    /** The steps, in the order they run: copies first, so they show the data as held when the request came. */
    public enum Step { ACCESS, PORTABILITY, RECTIFICATION, RESTRICTION, OBJECTION, CONSENT_WITHDRAWAL, ERASURE,
        NOTIFICATION }

    public enum Action {
        /** The source's rows are in the copy. */
        COPIED,
        /** The source is left out of the copy (Art. 15(4)). */
        WITHHELD,
        /** The field was corrected; target is the column. */
        CORRECTED,
        /** Nothing to correct: the erasure of the same request removes the data. */
        SUPERSEDED_BY_ERASURE,
        RESTRICTED,
        /** Art. 18(3): the restriction was lifted, after the data subject was told. */
        RESTRICTION_LIFTED,
        /** Rows marked as no longer processed (objection), or consents withdrawn. */
        PROCESSING_STOPPED,
        DELETED,
        ANONYMISED,
        /** Kept under the record's legal duty (Art. 17(3)(b)). */
        RETAINED,
        /** Kept or still processed on a ground the handler recorded in the plan. */
        KEPT,
        /** Recipient notified by the desk's e-mail; target is the recipient id. */
        NOTIFIED,
        /** A task asks the owning team to notify the recipient. */
        NOTICE_PENDING,
        /** The owning team notified the recipient and completed the task. */
        NOTIFIED_BY_HAND,
        /** A task asks the owner group to apply the step in a manual source; target is the manual source id. */
        APPLY_PENDING,
        /** The owner group applied the step in the manual source and completed the task. */
        APPLIED_BY_HAND
    }

    public boolean changedData() {
        return switch (action) {
            case CORRECTED, RESTRICTED, PROCESSING_STOPPED, DELETED, ANONYMISED, APPLIED_BY_HAND -> true;
            default -> false;
        };
    }
}
