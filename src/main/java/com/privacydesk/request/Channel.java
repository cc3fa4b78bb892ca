package com.privacydesk.request;

/** Where a request came in. The channel decides which contact point proves the requester's identity. */
public enum Channel {
    WEB_FORM, EMAIL, CHAT, PHONE, LETTER
}
