package com.privacydesk.correspondence;

import com.privacydesk.request.DeliveryState;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.security.StaffApiFilter;
import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Settles a letter whose delivery was interrupted (see {@link LetterDelivery#deliver}); managers and admins. */
@RestController
public class LetterSettlementController {

    private static final List<String> SETTLERS = List.of(RequestProcess.GROUP_MANAGERS, "camunda-admin");

    private final LetterDelivery delivery;

    public LetterSettlementController(LetterDelivery delivery) {
        this.delivery = delivery;
    }

    @PostMapping("/api/letters/{letterId}/delivery-state")
    public ResponseEntity<?> settle(@PathVariable long letterId, @RequestBody Map<String, String> body,
            HttpServletRequest request) {
        StaffSession.Staff staff = (StaffSession.Staff) request.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
        if (staff == null || !staff.inAnyGroup(SETTLERS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Managers settle interrupted deliveries."));
        }
        try {
            delivery.settle(letterId, DeliveryState.valueOf(String.valueOf(body.get("state"))));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "state must be SENT or QUEUED, for a letter left SENDING"));
        }
        return ResponseEntity.noContent().build();
    }
}
