package com.privacydesk.packages;

import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's stored access and portability packages, next to the case file and, like it, for staff logged into the
 * Camunda webapps (links from the case file and the answer task). They hold the customer's personal data: never
 * served to anyone else.
 */
@RestController
public class PackagesController {

    private final StaffSession staffSession;
    private final PackageStore store;

    public PackagesController(StaffSession staffSession, PackageStore store) {
        this.staffSession = staffSession;
        this.store = store;
    }

    @GetMapping("/cases/{caseNumber}/packages/{round}/{kind}")
    public ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable int round,
            @PathVariable PackageKind kind, HttpServletRequest request) {
        var staff = staffSession.current(request);
        if (staff.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!staff.get().isDeskStaff()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return store.find(caseNumber, round, kind)
                .map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(p.fileName()).build().toString())
                        .header("X-Content-SHA256", p.sha256())
                        .body(p.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
