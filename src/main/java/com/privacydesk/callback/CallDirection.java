package com.privacydesk.callback;

/** Who placed the call: only a call the customer placed may be called back after it dropped. */
public enum CallDirection {
    INBOUND, OUTBOUND
}
