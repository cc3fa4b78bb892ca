package com.privacydesk.packages;

import com.privacydesk.security.CaseAccess;
import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's stored access and portability packages, next to the case file and, like it, for staff with access to
 * the case ({@link CaseAccess}), logged into the Camunda webapps (links from the case file and the answer task) or
 * with HTTP Basic. They hold the customer's personal data: never served to anyone else, and every download is
 * logged for the case's audit.
 */
@RestController
public class PackagesController {

    private static final Logger log = LoggerFactory.getLogger(PackagesController.class);

    private final StaffSession staffSession;
    private final CaseAccess access;
    private final PackageStore store;
    private final PackageLinks links;

    public PackagesController(StaffSession staffSession, CaseAccess access, PackageStore store, PackageLinks links) {
        this.staffSession = staffSession;
        this.access = access;
        this.store = store;
        this.links = links;
    }

    @GetMapping("/cases/{caseNumber}/packages/{round}/{kind}")
    public ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable int round,
            @PathVariable PackageKind kind, HttpServletRequest request) {
        var staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!staff.get().isDeskStaff() || !access.mayRead(staff.get(), caseNumber)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return store.find(caseNumber, round, kind)
                .map(p -> {
                    links.logDownload(p, PackageLinks.Via.STAFF, staff.get().userId(), request.getRemoteAddr());
                    log.info("Case {}: {} of round {} downloaded by staff", caseNumber, kind, round);
                    return DownloadController.file(p);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
