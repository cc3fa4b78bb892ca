package com.privacydesk.request;

/**
 * RECEIVED for messages in. A letter out is QUEUED, SENDING while it is handed to the mail server, then SENT; a
 * letter to a requester without an e-mail address is TO_POST, for staff to print and post. A letter left SENDING
 * was interrupted after it may have reached the mail server: a person settles it, it is never resent blindly.
 */
public enum DeliveryState {
    RECEIVED, QUEUED, SENDING, SENT, TO_POST
}
