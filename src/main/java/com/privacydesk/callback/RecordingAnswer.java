package com.privacydesk.callback;

/** What the caller answered to the recording announcement, as the telephony system heard it. */
public enum RecordingAnswer {
    /** An active yes: the agreed key or the spoken word (Art. 4(11): an unambiguous affirmative act). */
    YES,
    /** An active no; under legitimate interest, the caller's objection (Art. 21). */
    NO,
    /** No answer at all: silence is not consent (recital 32). */
    NONE,
    /** Consent withdrawn during or after the call (Art. 7(3)), or, under legitimate interest, a later objection. */
    WITHDRAWN
}
