package com.privacydesk.callback;

import com.privacydesk.information.RecordingBasis;
import java.time.Instant;

/**
 * Whether a call may be recorded, and the proof it rests on. Under CONSENT only a yes allows it; under legitimate
 * interest anything but an objection does.
 *
 * @param callId           the telephony system's call id
 * @param basis            the configured legal basis of recording
 * @param answer           the caller's latest answer; null when none was reported
 * @param answeredAt       when it was given; null when none was reported
 * @param clauseVersion    the announcement it answered; null when none was reported
 * @param recordingAllowed whether the call may be recorded (and a recording kept)
 */
public record RecordingStatus(String callId, RecordingBasis basis, RecordingAnswer answer, Instant answeredAt,
                              String clauseVersion, boolean recordingAllowed) {

    /** The rule, in one place: silence and a no are never consent; an objection ends a legitimate-interest recording. */
    static boolean allowed(RecordingBasis basis, RecordingAnswer answer) {
        if (basis == RecordingBasis.CONSENT) {
            return answer == RecordingAnswer.YES;
        }
        return answer != RecordingAnswer.NO && answer != RecordingAnswer.WITHDRAWN;
    }
}
