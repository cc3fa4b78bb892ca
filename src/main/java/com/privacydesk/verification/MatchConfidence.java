package com.privacydesk.verification;

/** How sure the automatic match is; only SURE lets the process skip the agent's "Verify identity". */
public enum MatchConfidence {
    SURE, PROBABLE, NONE
}
