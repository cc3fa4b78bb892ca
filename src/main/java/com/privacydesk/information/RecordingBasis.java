package com.privacydesk.information;

/** Why calls may be recorded (seed 001): the customer's consent, or the controller's balanced legitimate interest. */
public enum RecordingBasis {
    /** Art. 6(1)(a) GDPR: the caller may refuse and later withdraw (Art. 7(3)). */
    CONSENT,
    /** Art. 6(1)(f) GDPR: needs a documented balancing test; the caller may object (Art. 21). */
    LEGITIMATE_INTEREST
}
