package com.privacydesk.callback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The telephony system's report of a dropped call ({@code POST /api/calls/dropped}). {@code answeredByAgent}: an agent
 * had taken the call before it ended; {@code dropReason}: why it ended. Only an answered call that dropped for a
 * technical reason is called back (seed 003).
 */
public record DroppedCall(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]*",
                message = "may contain only letters, digits and . _ : -") String callId,
        @NotNull CallDirection direction,
        @Size(max = 40) String callerNumber,
        @NotNull Boolean numberVisible,
        @NotNull OffsetDateTime startedAt,
        @NotNull OffsetDateTime droppedAt,
        @NotNull Boolean answeredByAgent,
        @NotNull DropReason dropReason) {

    /** Never prints the number: records end up in exception messages and logs. */
    @Override
    public String toString() {
        return "DroppedCall[callId=" + callId + ", direction=" + direction + ", numberVisible=" + numberVisible
                + ", startedAt=" + startedAt + ", droppedAt=" + droppedAt + ", answeredByAgent=" + answeredByAgent
                + ", dropReason=" + dropReason + "]";
    }
}
