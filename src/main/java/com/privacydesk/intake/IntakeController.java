package com.privacydesk.intake;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping
    public ResponseEntity<Receipt> receive(@Valid @RequestBody NewRequest request) {
        Receipt receipt = intake.receive(request);
        return ResponseEntity.created(URI.create("/api/requests/" + receipt.caseNumber())).body(receipt);
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
