package com.privacydesk.casefile;

import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.casefile.CaseViews;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.security.CaseAccess;
import com.privacydesk.security.StaffSession;
import com.privacydesk.stafflanguage.StaffTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case file: what Tasklist forms link to. The requester's personal data is shown here, read from the desk's
 * tables, and never copied into process variables (where history would keep it out of erasure's reach).
 * Open to staff logged into the Camunda webapps with access to the case ({@link CaseAccess}).
 */
@Controller
public class CaseFileController {

    private final StaffSession staffSession;
    private final RequestRepository requests;
    private final CaseViews views;
    private final PersonalDataCollector collector;
    private final CaseAccess access;
    private final StaffTexts texts;

    public CaseFileController(StaffSession staffSession, RequestRepository requests, CaseViews views,
            PersonalDataCollector collector, CaseAccess access, StaffTexts texts) {
        this.access = access;
        this.texts = texts;
        this.staffSession = staffSession;
        this.requests = requests;
        this.views = views;
        this.collector = collector;
    }

    @GetMapping("/cases/{caseNumber}")
    public String caseFile(@PathVariable String caseNumber, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        model.addAttribute("texts", texts);
        Optional<StaffSession.Staff> staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return "login-required";
        }
        if (!staff.get().isDeskStaff() || !access.mayRead(staff.get(), caseNumber)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("forbidden", true);
            return "login-required";
        }
        RequestRecord record = requests.get(caseNumber);
        model.addAttribute("request", record);
        model.addAttribute("view", views.view(caseNumber));
        model.addAttribute("dataFound", record.dataSubjectId() == null ? List.of()
                : collector.collect(record.dataSubjectId()));
        model.addAttribute("staff", staff.get());
        return "casefile";
    }
}
