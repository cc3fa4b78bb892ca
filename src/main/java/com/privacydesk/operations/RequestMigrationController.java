package com.privacydesk.operations;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.security.StaffApiFilter;
import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's door to {@link RequestMigration}: after a new version of the request diagram is deployed, moves
 * the running requests of older versions onto it. Managers and administrators only.
 */
@RestController
public class RequestMigrationController {

    private static final List<String> OPERATORS = List.of(RequestProcess.GROUP_MANAGERS, "camunda-admin");

    private final RequestMigration migration;

    public RequestMigrationController(RequestMigration migration) {
        this.migration = migration;
    }

    @PostMapping("/api/operations/request-migration")
    @Transactional
    public ResponseEntity<?> migrate(HttpServletRequest request) {
        StaffSession.Staff staff = (StaffSession.Staff) request.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
        if (staff == null || !staff.inAnyGroup(OPERATORS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Managers and administrators migrate running requests."));
        }
        return ResponseEntity.ok(Map.of("migrated", migration.migrateAllToLatest()));
    }
}
