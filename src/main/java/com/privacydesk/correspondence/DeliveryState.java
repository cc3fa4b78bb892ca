package com.privacydesk.correspondence;

/**
 * RECEIVED for messages in. A letter out is QUEUED until it was handed to the mail server (SENT); a letter to a
 * requester without an e-mail address is TO_POST, for staff to print and post.
 */
public enum DeliveryState {
    RECEIVED, QUEUED, SENT, TO_POST
}
