package com.privacydesk.answer;

/** The handler's decision in "Prepare answer". Every decision but FULFIL needs reasons. */
public enum Decision {
    FULFIL, PARTIAL, REFUSE, EXTEND;

    public boolean needsReasons() {
        return this != FULFIL;
    }
}
