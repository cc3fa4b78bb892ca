package com.privacydesk.authorisation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One written authorisation in the register (Art. 29 GDPR, seed 000 §3).
 *
 * @param id                the register's number for it
 * @param userId            the member of staff authorised
 * @param scope             the Tasklist group whose tasks it covers ({@code agents}, {@code difficult-customer-officers}, ...)
 * @param documentReference where the signed authorisation is kept (its number or file reference)
 * @param validFrom         first day it is valid
 * @param validUntil        last day it is valid; null when open-ended
 * @param grantedBy         the manager who recorded it
 * @param recordedAt        when it was recorded
 * @param revokedAt         when it was revoked; null while not revoked
 * @param revokedBy         who revoked it
 */
public record Authorisation(long id, String userId, String scope, String documentReference, LocalDate validFrom,
                            LocalDate validUntil, String grantedBy, Instant recordedAt, Instant revokedAt,
                            String revokedBy) {

    /** Valid on that day: started, not ended, not revoked by then. */
    public boolean validOn(LocalDate day, Instant at) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil))
                && (revokedAt == null || at.isBefore(revokedAt));
    }
}
