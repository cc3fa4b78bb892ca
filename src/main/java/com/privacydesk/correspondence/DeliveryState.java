package com.privacydesk.correspondence;

/** RECEIVED for messages in; QUEUED until a letter out is delivered, then SENT (or FAILED after the last retry). */
public enum DeliveryState {
    RECEIVED, QUEUED, SENT, FAILED
}
