package com.privacydesk.testsupport;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.intake.Receipt;

/**
 * Files a request the way the desk trusts its channel: as a logged-in member of staff who vouches for the address
 * or number the channel showed them (as an authenticated {@code POST /api/requests} does). For tests whose point is
 * what follows a sure match; a request filed with {@link IntakeService#receive} proves nothing and is verified.
 */
public final class ProvenIntake {

    /** The member of staff recorded as vouching. */
    public static final String STAFF_USER = "test-intake-agent";

    private ProvenIntake() {
    }

    public static Receipt receive(IntakeService intake, NewRequest request) {
        return intake.receiveFromStaff(request, null, STAFF_USER);
    }
}
