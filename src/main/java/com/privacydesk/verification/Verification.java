package com.privacydesk.verification;

/** The agent's outcome of "Verify identity". */
public enum Verification {
    CONFIRMED, REJECTED, MORE_INFO_NEEDED
}
