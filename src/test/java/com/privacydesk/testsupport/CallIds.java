package com.privacydesk.testsupport;

import java.util.UUID;

/** Call ids as a telephony system sends them, for the tests. */
public final class CallIds {

    private CallIds() {
    }

    /**
     * A fresh id that never holds "601": the tests look for those digits (the caller's number, 601 234 567) in every
     * response, variable and history row, and one random UUID in a few hundred contains them.
     */
    public static String fresh() {
        return "pbx-" + UUID.randomUUID().toString().replace("601", "60a");
    }
}
