package com.privacydesk.packages;

import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.security.CaseAccess;
import com.privacydesk.security.StaffSession;
import com.privacydesk.stafflanguage.StaffTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final SubjectPackages packages;
    private final RequestRepository requests;
    private final RuntimeService runtimeService;
    private final StaffTexts texts;

    public PackagesController(StaffSession staffSession, CaseAccess access, PackageStore store, PackageLinks links,
            SubjectPackages packages, RequestRepository requests, RuntimeService runtimeService, StaffTexts texts) {
        this.texts = texts;
        this.staffSession = staffSession;
        this.access = access;
        this.store = store;
        this.links = links;
        this.packages = packages;
        this.requests = requests;
        this.runtimeService = runtimeService;
    }

    /**
     * The package the answer would carry if "Prepare answer" were completed now, with {@code withheld}
     * (comma-separated) left out as a partial answer would; built from the data as it stands, stored nowhere.
     */
    @GetMapping("/cases/{caseNumber}/packages/preview/{kind}")
    public ResponseEntity<byte[]> preview(@PathVariable String caseNumber, @PathVariable PackageKind kind,
            @RequestParam(name = "withheld", defaultValue = "") String withheldSources,
            HttpServletRequest request) {
        var staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!staff.get().isDeskStaff() || !access.mayRead(staff.get(), caseNumber)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        RequestRecord record = requests.get(caseNumber);
        // Whom the copy shows comes from the case record; the instance only says which answer round it is.
        Long subject = record.dataSubjectId();
        if (subject == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(utf8(texts.text("package.no-customer", caseNumber)));
        }
        // The sources the plan leaves out of the copy (Art. 15(4)), as the form lists them: comma-separated.
        List<String> withheld = java.util.Arrays.stream(withheldSources.split(",")).map(String::trim)
                .filter(source -> !source.isEmpty()).distinct().toList();
        try {
            boolean furtherAnswer = record.processInstanceId() != null && RequestVariables.furtherAnswer(
                    name -> runtimeService.getVariable(record.processInstanceId(), name));
            int round = furtherAnswer ? 2 : 1;
            byte[] content = packages.preview(caseNumber, round, subject, kind, withheld);
            links.logPreview(caseNumber, round, kind.name(), staff.get().userId(), request.getRemoteAddr());
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(kind.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("preview-" + kind.fileName(caseNumber)).build().toString())
                    .body(content);
        } catch (IllegalArgumentException e) {
            // An unknown withheld source: names the source key only.
            return ResponseEntity.unprocessableEntity().contentType(MediaType.TEXT_PLAIN).body(utf8(e.getMessage()));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
