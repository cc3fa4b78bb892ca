package com.privacydesk.request;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
public class CaseController {

    private final CaseViews views;

    public CaseController(CaseViews views) {
        this.views = views;
    }

    @GetMapping("/{caseNumber}")
    public CaseView view(@PathVariable String caseNumber) {
        return views.view(caseNumber);
    }
}
