package com.privacydesk.request;

import java.time.Instant;

/**
 * The first layer of information the requester was given (GDPR Art. 13, accountability Art. 5(2)): the clause (the
 * channel's WEB_FORM, CHAT or PHONE at intake; REQUEST_HANDLING when the acknowledgement carrying it was sent, the
 * first layer of an e-mail or a letter; EMAIL for an e-mail's footer), its version and when it was given.
 */
public record InformationGiven(String clause, String version, Instant givenAt) {
}
