package com.privacydesk.callback;

import com.privacydesk.request.Language;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;

/**
 * The telephony system's report of a caller's answer to the recording announcement
 * ({@code POST /api/calls/{callId}/recording-consent}).
 *
 * @param answer        what the caller answered
 * @param answeredAt    when (the moment the key was pressed or the word said)
 * @param language      the language the announcement was played in
 * @param clauseVersion the version of the announcement played, as {@code GET /api/information-clauses/CALL_RECORDING}
 *                      gave it; optional, but when given it must be the current one
 */
public record RecordingConsentReport(
        @NotNull RecordingAnswer answer,
        @NotNull OffsetDateTime answeredAt,
        @NotNull Language language,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the 64 hex digits of the clause's version")
        String clauseVersion) {
}
