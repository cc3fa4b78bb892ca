package com.privacydesk.datamap;

/** The record of processing or the data map built from it is wrong; the message names activity, table and column. */
public class InvalidDataMapException extends IllegalArgumentException {

    public InvalidDataMapException(String message) {
        super(message);
    }

    public InvalidDataMapException(String message, Throwable cause) {
        super(message, cause);
    }
}
