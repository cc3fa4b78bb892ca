package com.privacydesk.request;

import java.time.Instant;

/**
 * The first layer of information a request's channel gave the requester (GDPR Art. 13, accountability Art. 5(2)):
 * the clause (WEB_FORM, CHAT, EMAIL, PHONE or ACKNOWLEDGEMENT_LETTER), its version and when it was given.
 */
public record InformationGiven(String clause, String version, Instant givenAt) {
}
