package com.privacydesk.casefile;

import com.privacydesk.packages.PackageLinks;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.security.StaffApiFilter;
import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who did what to a case, and when, for managers: the engine's user operation log (claims, completions,
 * variable changes by staff), the desk's log of changes to the customer's data (rectification, erasure,
 * restriction, marketing stops), the requester's download links (issued, expiry, revoked) and every download of
 * the case's packages, by link or by staff. Names of fields and operations only; the values stay out of this view.
 */
@RestController
public class CaseAuditController {

    public record Operation(Instant time, String userId, String operation, String entity, String property) {
    }

    /**
     * What proved the requester's contact at intake ({@code NONE}: nothing; the agent verified or will), and the
     * member of staff who vouched for it. The contact itself is personal data and stays out of the audit.
     */
    public record ChannelProofAudit(String provenBy, String vouchedBy) {
    }

    public record DataChange(Instant time, String kind, String table, String column) {
    }

    private static final List<String> AUDITORS = List.of(RequestProcess.GROUP_MANAGERS, "camunda-admin");

    private final RequestRepository requests;
    private final HistoryService historyService;
    private final JdbcTemplate jdbc;
    private final PackageLinks links;

    public CaseAuditController(RequestRepository requests, HistoryService historyService, JdbcTemplate jdbc,
            PackageLinks links) {
        this.links = links;
        this.requests = requests;
        this.historyService = historyService;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/requests/{caseNumber}/audit")
    public ResponseEntity<?> audit(@PathVariable String caseNumber, HttpServletRequest request) {
        StaffSession.Staff staff = (StaffSession.Staff) request.getAttribute(StaffApiFilter.STAFF_ATTRIBUTE);
        if (staff == null || !staff.inAnyGroup(AUDITORS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The audit is for managers."));
        }
        RequestRecord record = requests.get(caseNumber);
        List<Operation> operations = record.processInstanceId() == null ? List.of()
                : historyService.createUserOperationLogQuery().processInstanceId(record.processInstanceId())
                        .orderByTimestamp().asc().list().stream()
                        .map(entry -> new Operation(entry.getTimestamp().toInstant(), entry.getUserId(),
                                entry.getOperationType(), entry.getEntityType(), entry.getProperty()))
                        .toList();
        List<DataChange> changes = jdbc.query("""
                SELECT changed_at, change_kind, table_name, column_name FROM data_change_audit
                WHERE case_number = ? ORDER BY changed_at, id""",
                (rs, i) -> new DataChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("change_kind"),
                        rs.getString("table_name"), rs.getString("column_name")), caseNumber);
        ChannelProofAudit proof = requests.channelProof(caseNumber)
                .map(p -> new ChannelProofAudit(p.provenBy().name(), p.vouchedBy()))
                .orElse(new ChannelProofAudit("NONE", null));
        return ResponseEntity.ok(Map.of("caseNumber", caseNumber, "channelProof", proof, "operations", operations,
                "dataChanges", changes,
                "downloadLinks", links.issued(caseNumber), "downloads", links.downloads(caseNumber)));
    }
}
