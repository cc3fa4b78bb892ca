package com.privacydesk.request;

import java.util.Objects;

/**
 * A contact point the channel itself authenticated when the request came in: what the requester typed proves
 * nothing, this does. Recorded only by trusted intake paths.
 *
 * @param contact   normalised: a lower-case e-mail address or an E.164 phone number
 * @param provenBy  how it was authenticated
 * @param vouchedBy the member of staff who vouched for it ({@link ProvenBy#STAFF}); null otherwise
 */
public record ChannelProof(String contact, ProvenBy provenBy, String vouchedBy) {

    public enum ProvenBy {
        /** The desk's own receiving mail server found the sender's domain DMARC-aligned and passing. */
        MAIL_DMARC,
        /** A logged-in member of staff filed it (a call, a chat) and vouches for the address or number they saw. */
        STAFF
    }

    public ChannelProof {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(provenBy, "provenBy");
        if (contact.isBlank()) {
            throw new IllegalArgumentException("A proof needs the contact it proves");
        }
    }

    public static ChannelProof mailDmarc(String email) {
        return new ChannelProof(email, ProvenBy.MAIL_DMARC, null);
    }

    public static ChannelProof staff(String contact, String userId) {
        return new ChannelProof(contact, ProvenBy.STAFF, userId);
    }
}
