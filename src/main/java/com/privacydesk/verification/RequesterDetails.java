package com.privacydesk.verification;

/** Who the requester says they are; any field may be null. */
public record RequesterDetails(String name, String email, String phone, String customerNumber) {
}
