package com.privacydesk.lookup;

import com.privacydesk.request.CaseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After all "Search manual source" tasks: what they found, in one line for "Prepare answer". */
@Component("summariseManualSearches")
public class SummariseManualSearchesListener implements ExecutionListener {

    private final ManualSourceSearches searches;

    public SummariseManualSearchesListener(ManualSourceSearches searches) {
        this.searches = searches;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(ManualSearchVariables.MANUAL_SEARCH_SUMMARY,
                searches.summary(CaseKey.of(execution)));
    }
}
