package com.privacydesk.answer;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.UnknownCaseException;
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

/**
 * Lifting a restriction (Art. 18(3)): officers and managers, with the reason the customer is told. The notice goes
 * to the outbox before the marks are removed.
 */
@RestController
public class RestrictionLiftController {

    private static final List<String> LIFTERS = List.of(RequestProcess.GROUP_OFFICERS, RequestProcess.GROUP_MANAGERS);

    private final RestrictionLift lift;

    public RestrictionLiftController(RestrictionLift lift) {
        this.lift = lift;
    }

    @PostMapping("/api/cases/{caseNumber}/restriction-lift")
    public ResponseEntity<?> lift(@PathVariable String caseNumber, @RequestBody Map<String, String> body,
            HttpServletRequest request) {
        StaffSession.Staff staff = (StaffSession.Staff) request.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
        if (staff == null || !staff.inAnyGroup(LIFTERS)) {
            return problem(HttpStatus.FORBIDDEN, "Officers and managers lift a restriction.");
        }
        try {
            int rows = lift.lift(caseNumber, staff.userId(), body == null ? null : body.get("reason"));
            return ResponseEntity.ok(Map.of("caseNumber", caseNumber, "rowsNoLongerRestricted", rows));
        } catch (UnknownCaseException e) {
            return problem(HttpStatus.NOT_FOUND, "No such case.");
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            return problem(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
