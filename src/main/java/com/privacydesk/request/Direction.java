package com.privacydesk.request;

/** IN: a message from the requester. OUT: a letter from the desk. */
public enum Direction {
    IN, OUT
}
