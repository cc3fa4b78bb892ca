package com.privacydesk.request;

import java.util.List;

/** Where a case stands, read from the engine's active activities (never stored twice). */
public enum Stage {
    PROCESSING, CLASSIFYING, VERIFYING_IDENTITY, AWAITING_INFORMATION, PREPARING_ANSWER, AWAITING_REACTION, CONSULTING_OFFICER,
    CLOSED;

    public static Stage of(List<String> activeActivityIds) {
        if (activeActivityIds.contains(RequestProcess.CONSULT_OFFICER)) {
            return CONSULTING_OFFICER;
        }
        if (activeActivityIds.contains(RequestProcess.CLASSIFY_REQUEST)) {
            return CLASSIFYING;
        }
        if (activeActivityIds.contains(RequestProcess.VERIFY_IDENTITY)) {
            return VERIFYING_IDENTITY;
        }
        if (activeActivityIds.contains(RequestProcess.AWAIT_INFORMATION)) {
            return AWAITING_INFORMATION;
        }
        // Searching the places no query reaches is the first part of preparing the answer.
        if (activeActivityIds.contains(RequestProcess.PREPARE_ANSWER)
                || activeActivityIds.contains(RequestProcess.SEARCH_MANUAL_SOURCES)) {
            return PREPARING_ANSWER;
        }
        if (activeActivityIds.contains(RequestProcess.AWAIT_REACTION)) {
            return AWAITING_REACTION;
        }
        return PROCESSING;
    }
}
