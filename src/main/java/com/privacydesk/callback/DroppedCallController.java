package com.privacydesk.callback;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.dao.DuplicateKeyException;
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
 * The telephony system's webhook (authenticated by its shared secret, security.TelephonyWebhookAuthentication) and
 * the staff's view of what was decided about a call.
 */
@RestController
public class DroppedCallController {

    private final DroppedCalls droppedCalls;

    public DroppedCallController(DroppedCalls droppedCalls) {
        this.droppedCalls = droppedCalls;
    }

    /**
     * 201 once the call, its decision and its process instance are committed; a retry of the same report gets the
     * same result (200, {@code Idempotent-Replayed: true}) and never a second task.
     */
    @PostMapping("/api/calls/dropped")
    public ResponseEntity<CallReport> dropped(@Valid @RequestBody DroppedCall call) {
        CallReport report;
        try {
            report = droppedCalls.report(call);
        } catch (DuplicateKeyException raced) {
            // A concurrent retry of the same report committed first: answer with its result.
            report = droppedCalls.replay(call).orElseThrow(() -> raced);
        }
        URI location = URI.create("/api/calls/" + report.callId());
        return report.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(report)
                : ResponseEntity.created(location).body(report);
    }

    /** For staff: the decision and its reason, the outcome and whether the number is still held (never the number). */
    @GetMapping("/api/calls/{callId}")
    public CallReport call(@PathVariable String callId) {
        return droppedCalls.find(callId).orElseThrow(() -> new UnknownCallException(callId));
    }

    @ExceptionHandler(UnknownCallException.class)
    ProblemDetail unknown(UnknownCallException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(CallAlreadyReportedException.class)
    ProblemDetail conflict(CallAlreadyReportedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }
}
