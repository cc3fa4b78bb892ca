package com.privacydesk.callback;

/** How a callback ended; recorded when the number is erased. */
public enum CallbackOutcome {
    REACHED, NOT_REACHED,
    /** The window passed before an agent completed "Call back". */
    WINDOW_PASSED
}
