package com.privacydesk.answer;

import com.privacydesk.request.RequestRecord;

/**
 * Tells the customer, before a restriction ends, that it ends and why (Art. 18(3)). Correspondence writes and
 * delivers the letter; the lift itself needs no letter machinery.
 */
@FunctionalInterface
public interface RestrictionLiftNotice {

    void send(RequestRecord request, String reason);
}
