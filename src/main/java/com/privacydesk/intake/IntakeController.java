package com.privacydesk.intake;

import com.privacydesk.request.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.RequestHeader;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import com.privacydesk.request.Channel;
import com.privacydesk.security.ClientAddress;
import com.privacydesk.security.StaffApiFilter;
import java.util.LinkedHashMap;
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
     * e-mail they file. Only they or an integration account may name a channel other than the web form's or a receipt
     * time; anonymous callers who do get 400 naming the field.
     */
    @PostMapping
    public ResponseEntity<Receipt> receive(@Valid @RequestBody NewRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        // Set by StaffApiFilter only for a logged-in member of the desk's staff, or an integration account.
        StaffSession.Staff staff = (StaffSession.Staff) http.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
        StaffSession.Staff integration = (StaffSession.Staff) http.getAttribute(StaffApiFilter.INTEGRATION_ATTRIBUTE);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidRequestException(Map.of("Idempotency-Key", "must have 1 to 200 characters"));
        }
        if (staff == null && integration == null) {
            refuseAuthorityClaims(request);
        }
        // A key belongs to its caller: another caller's identical key is another request, never a replay of theirs.
        String scopedKey = idempotencyKey == null ? null
                : "api:" + IntakeService.sha256(caller(staff, integration, http) + "\n" + idempotencyKey);
        Receipt receipt;
        try {
            receipt = staff == null ? intake.receive(request, scopedKey)
                    : intake.receiveFromStaff(request, scopedKey, staff.userId());
        } catch (DuplicateKeyException raced) {
            // A concurrent retry with the same key committed first: answer with its case.
            receipt = intake.replay(scopedKey, IntakeService.fingerprint(request)).orElseThrow(() -> raced);
        }
        URI location = URI.create("/api/requests/" + receipt.caseNumber());
        return receipt.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(receipt)
                : ResponseEntity.created(location).body(receipt);
    }

    /**
     * What only staff or an integration may state: that a request came by phone, chat, e-mail or letter (the channel
     * decides its information clause and what it proves), and when it arrived (the deadline runs from then).
     * Anonymous, a request is what it is: a web filing received now.
     */
    private static void refuseAuthorityClaims(NewRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.channel() != Channel.WEB_FORM) {
            errors.put("channel", "must be WEB_FORM unless a member of staff or an integration account files it");
        }
        if (request.receivedAt() != null) {
            errors.put("receivedAt", "may be set only by a member of staff or an integration account");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static String caller(StaffSession.Staff staff, StaffSession.Staff integration, HttpServletRequest http) {
        if (staff != null) {
            return "staff:" + staff.userId();
        }
        return integration != null ? "integration:" + integration.userId() : "address:" + ClientAddress.of(http);
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
