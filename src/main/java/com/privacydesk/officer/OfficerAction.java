package com.privacydesk.officer;

/** What the difficult-customer officer does with a dissatisfied customer's case (seed 000 §5-6). */
public enum OfficerAction {
    ADVISE, TAKE_OVER
}
