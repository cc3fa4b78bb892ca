package com.privacydesk.retention;

import java.time.Instant;

/**
 * Personal data kept outside the desk's case tables (the privacy mailbox), purged with the cases by the nightly
 * job: everything handled before the cutoff goes.
 */
public interface RetentionParticipant {

    /** @return how many items were deleted */
    int purgeHandledBefore(Instant cutoff);
}
