package com.privacydesk.casefile;

import com.privacydesk.request.RequestRepository;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
public class CaseController {

    private final CaseViews views;
    private final RequestRepository requests;

    public CaseController(CaseViews views, RequestRepository requests) {
        this.views = views;
        this.requests = requests;
    }

    /** Managers' view of breached deadlines: how many requests are overdue and which. */
    @GetMapping("/overdue")
    public java.util.Map<String, Object> overdue() {
        java.util.List<String> cases = requests.overdueCaseNumbers();
        return java.util.Map.of("count", cases.size(), "caseNumbers", cases);
    }

    @GetMapping("/{caseNumber}")
    public CaseView view(@PathVariable String caseNumber) {
        return views.view(caseNumber);
    }
}
