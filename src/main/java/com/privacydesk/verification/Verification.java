package com.privacydesk.verification;

/**
 * The agent's outcome of "Verify identity"; NO_REPLY is set by the process (never by a form) when the requester did
 * not send the information asked for in time.
 */
public enum Verification {
    CONFIRMED, REJECTED, MORE_INFO_NEEDED, NO_REPLY
}
