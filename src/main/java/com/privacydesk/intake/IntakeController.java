package com.privacydesk.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.RequestHeader;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import com.privacydesk.security.StaffApiFilter;
import com.privacydesk.security.StaffSession;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake API: new requests, the requester's replies and dissatisfaction with an answer. */
@RestController
@RequestMapping("/api/requests")
public class IntakeController {

    private final IntakeService intake;

    public IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    /**
     * 201 only once the request and its process instance are committed. With an {@code Idempotency-Key}, a
     * retry gets the same case back (200, {@code Idempotent-Replayed: true}), never a second one. Anyone may file;
     * only a member of staff logged in (HTTP Basic, Tasklist session) vouches for the contact of a call, chat or
     * e-mail they file. Anonymous, the channel claims nothing, whatever it says.
     */
    @PostMapping
    public ResponseEntity<Receipt> receive(@Valid @RequestBody NewRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        // Set by StaffApiFilter only for a logged-in member of the desk's staff.
        StaffSession.Staff staff = (StaffSession.Staff) http.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidRequestException(Map.of("Idempotency-Key", "must have 1 to 200 characters"));
        }
        Receipt receipt;
        try {
            receipt = staff == null ? intake.receive(request, idempotencyKey)
                    : intake.receiveFromStaff(request, idempotencyKey, staff.userId());
        } catch (DuplicateKeyException raced) {
            // A concurrent retry with the same key committed first: answer with its case.
            receipt = intake.replay(idempotencyKey, IntakeService.fingerprint(request)).orElseThrow(() -> raced);
        }
        URI location = URI.create("/api/requests/" + receipt.caseNumber());
        return receipt.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(receipt)
                : ResponseEntity.created(location).body(receipt);
    }

    @PostMapping("/{caseNumber}/replies")
    public ResponseEntity<Map<String, Object>> reply(@PathVariable String caseNumber,
            @Valid @RequestBody RequesterMessage message) {
        boolean resumed = intake.reply(caseNumber, message.message());
        return ResponseEntity.accepted().body(Map.of("caseNumber", caseNumber, "resumedVerification", resumed));
    }

    @PostMapping("/{caseNumber}/dissatisfaction")
    public ResponseEntity<Map<String, Object>> dissatisfied(@PathVariable String caseNumber,
            @Valid @RequestBody RequesterMessage message) {
        intake.dissatisfied(caseNumber, message.message());
        return ResponseEntity.accepted().body(Map.of("caseNumber", caseNumber));
    }
}
