package com.privacydesk.operations;

import com.privacydesk.request.RequestProcess;
import java.util.Collection;
import java.util.List;

/**
 * The stage of an open request, from the activities its process instance waits in; the same precedence as
 * {@link com.privacydesk.request.Stage} (the officer's consultation wins over everything else).
 */
enum OpenStage {
    CONSULTING_OFFICER(RequestProcess.CONSULT_OFFICER),
    CLASSIFYING(RequestProcess.CLASSIFY_REQUEST),
    VERIFYING_IDENTITY(RequestProcess.VERIFY_IDENTITY),
    AWAITING_INFORMATION(RequestProcess.AWAIT_INFORMATION),
    PREPARING_ANSWER(RequestProcess.PREPARE_ANSWER),
    AWAITING_REACTION(RequestProcess.AWAIT_REACTION),
    /** Anything else: a service step between two waits, a retried job, or an incident. */
    PROCESSING(null);

    static final List<String> WAIT_ACTIVITIES = List.of(RequestProcess.CONSULT_OFFICER,
            RequestProcess.CLASSIFY_REQUEST, RequestProcess.VERIFY_IDENTITY, RequestProcess.AWAIT_INFORMATION, RequestProcess.PREPARE_ANSWER,
            RequestProcess.AWAIT_REACTION);

    private final String activityId;

    OpenStage(String activityId) {
        this.activityId = activityId;
    }

    static OpenStage of(Collection<String> activeActivityIds) {
        for (OpenStage stage : values()) {
            if (stage.activityId != null && activeActivityIds.contains(stage.activityId)) {
                return stage;
            }
        }
        return PROCESSING;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
