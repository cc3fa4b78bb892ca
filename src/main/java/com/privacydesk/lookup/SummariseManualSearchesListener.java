package com.privacydesk.lookup;

import com.privacydesk.request.CaseKey;
import com.privacydesk.stafflanguage.StaffTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After all "Search manual source" tasks: what they found, in one line for "Prepare answer". */
@Component("summariseManualSearches")
public class SummariseManualSearchesListener implements ExecutionListener {

    private final ManualSourceSearches searches;
    private final StaffTexts texts;

    public SummariseManualSearchesListener(ManualSourceSearches searches, StaffTexts texts) {
        this.searches = searches;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(ManualSearchVariables.MANUAL_SEARCH_SUMMARY,
                searches.summary(CaseKey.of(execution), texts));
    }
}
