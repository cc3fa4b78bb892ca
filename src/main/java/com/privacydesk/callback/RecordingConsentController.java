package com.privacydesk.callback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's answer to the recording announcement: reported by the telephony system (shared secret, as the
 * dropped-call webhook), read by staff and auditors.
 */
@RestController
public class RecordingConsentController {

    private final RecordingConsents consents;

    public RecordingConsentController(RecordingConsents consents) {
        this.consents = consents;
    }

    /** 201 with what the answer allows: the telephony system records the call only if {@code recordingAllowed}. */
    @PostMapping("/api/calls/{callId}/recording-consent")
    public ResponseEntity<RecordingStatus> report(@PathVariable @Size(max = 100)
                                                  @Pattern(regexp = "[A-Za-z0-9._:-]+") String callId,
                                                  @Valid @RequestBody RecordingConsentReport report) {
        RecordingStatus status = consents.record(callId, report);
        return ResponseEntity.created(URI.create("/api/calls/" + callId + "/recording")).body(status);
    }

    /** For staff: may the call be recorded, and on which answer does that rest. */
    @GetMapping("/api/calls/{callId}/recording")
    public RecordingStatus status(@PathVariable String callId) {
        return consents.status(callId);
    }

    /** For auditors: every answer of the call, with time and announcement version. */
    @GetMapping("/api/calls/{callId}/recording/history")
    public List<RecordingStatus> history(@PathVariable String callId) {
        return consents.history(callId);
    }

    @ExceptionHandler(ClauseVersionMismatchException.class)
    ProblemDetail staleAnnouncement(ClauseVersionMismatchException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }
}
