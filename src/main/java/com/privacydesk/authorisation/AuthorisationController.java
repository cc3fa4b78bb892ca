package com.privacydesk.authorisation;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.security.StaffApiFilter;
import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
 * The register of written authorisations: managers record and revoke entries, managers and administrators (the
 * auditors' accounts) read it.
 */
@RestController
public class AuthorisationController {

    private static final List<String> MANAGERS = List.of(RequestProcess.GROUP_MANAGERS);
    private static final List<String> AUDITORS = List.of(RequestProcess.GROUP_MANAGERS, "camunda-admin");

    private final Authorisations authorisations;

    public AuthorisationController(Authorisations authorisations) {
        this.authorisations = authorisations;
    }

    @PostMapping("/api/authorisations")
    public ResponseEntity<?> record(@Valid @RequestBody NewAuthorisation entry, HttpServletRequest request) {
        StaffSession.Staff staff = staff(request);
        if (staff == null || !staff.inAnyGroup(MANAGERS)) {
            return forbidden("Managers record authorisations.");
        }
        Authorisation recorded = authorisations.record(entry, staff.userId());
        return ResponseEntity.created(URI.create("/api/authorisations/" + recorded.id())).body(recorded);
    }

    @PostMapping("/api/authorisations/{id}/revoke")
    public ResponseEntity<?> revoke(@PathVariable long id, HttpServletRequest request) {
        StaffSession.Staff staff = staff(request);
        if (staff == null || !staff.inAnyGroup(MANAGERS)) {
            return forbidden("Managers revoke authorisations.");
        }
        return authorisations.revoke(id, staff.userId()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No authorisation " + id)));
    }

    @GetMapping("/api/authorisations")
    public ResponseEntity<?> register(HttpServletRequest request) {
        StaffSession.Staff staff = staff(request);
        if (staff == null || !staff.inAnyGroup(AUDITORS)) {
            return forbidden("The register is for managers and auditors.");
        }
        return ResponseEntity.ok(authorisations.register());
    }

    @ExceptionHandler(InvalidAuthorisationException.class)
    ProblemDetail invalid(InvalidAuthorisationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The entry is not valid.");
        problem.setProperty("errors", ex.problems().entrySet().stream()
                .map(e -> java.util.Map.of("field", e.getKey(), "message", e.getValue())).toList());
        return problem;
    }

    private static StaffSession.Staff staff(HttpServletRequest request) {
        return (StaffSession.Staff) request.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
    }

    private static ResponseEntity<ProblemDetail> forbidden(String detail) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail));
    }
}
