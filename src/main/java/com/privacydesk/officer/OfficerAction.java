package com.privacydesk.officer;

/** What the difficult-customer officer does with a dissatisfied customer's case (seed 000 §5-6). */
public enum OfficerAction {
    ADVISE, TAKE_OVER;

    /** As Tasklist submits it; null when none was chosen. */
    public static OfficerAction of(Object value) {
        return value == null || value.toString().isBlank() ? null
                : valueOf(value.toString().trim().toUpperCase(java.util.Locale.ROOT));
    }
}
