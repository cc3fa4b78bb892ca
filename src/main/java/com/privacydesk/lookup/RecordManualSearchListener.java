package com.privacydesk.lookup;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import java.time.Clock;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Search manual source", on complete: stores what the search found with the case (manual_source_search), the data
 * found among it. A missing outcome, or found data missing for an access request, fails the completion with a message
 * for the searcher.
 */
@Component("recordManualSearch")
public class RecordManualSearchListener implements TaskListener {

    private final ManualSourceSearches searches;
    private final RequestRepository requests;
    private final Clock clock;

    public RecordManualSearchListener(ManualSourceSearches searches, RequestRepository requests, Clock clock) {
        this.searches = searches;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable(ManualSearchVariables.OUTCOME);
        Object note = task.getVariable(ManualSearchVariables.NOTE);
        Object dataFound = task.getVariable(ManualSearchVariables.DATA_FOUND);
        RequestRecord request = requests.get(CaseKey.of(task));
        searches.record(request.caseNumber(), (String) task.getVariable(ManualSearchVariables.MANUAL_SOURCE),
                outcome == null || outcome.toString().isBlank() ? null
                        : ManualSourceSearches.Outcome.valueOf(outcome.toString().trim().toUpperCase(Locale.ROOT)),
                note == null ? null : note.toString(),
                dataFound == null ? null : dataFound.toString(),
                // A search changes nothing: what the plan changes there comes after the decision, by hand.
                false,
                request.rights(), task.getAssignee(), clock.instant());
    }
}
