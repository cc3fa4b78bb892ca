-- Every dropped call the telephony system reports (bpmn/dropped-call-callback.bpmn), one row per call id: the
-- webhook's retries find it here. The caller's number is kept only while a callback is allowed (an inbound call,
-- number visible, within the window after the drop; seed 003) and erased when the agent is done or the window
-- passes; what remains says what was decided and why, without personal data.
CREATE TABLE dropped_call (
    call_id             VARCHAR(100) PRIMARY KEY,
    direction           VARCHAR(8)   NOT NULL,
    number_visible      BOOLEAN      NOT NULL,
    -- E.164; NULL unless a callback is allowed, and again once it is erased
    caller_number       VARCHAR(20),
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    dropped_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- CALL_BACK, OUTBOUND_CALL, NUMBER_HIDDEN, REPORTED_AFTER_WINDOW
    decision            VARCHAR(24)  NOT NULL,
    callback_until      TIMESTAMP WITH TIME ZONE,
    process_instance_id VARCHAR(64),
    -- REACHED, NOT_REACHED, WINDOW_PASSED
    outcome             VARCHAR(16),
    number_erased_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX dropped_call_by_reported_at ON dropped_call (reported_at);
