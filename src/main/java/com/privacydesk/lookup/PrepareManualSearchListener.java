package com.privacydesk.lookup;

import com.privacydesk.datamap.ManualSource;
import com.privacydesk.request.Language;
import com.privacydesk.stafflanguage.StaffTexts;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Search manual source", on create: names the task after the source and puts what the searcher needs into
 * task-local variables. The outcome variables are created on the instance's own execution, so that each parallel
 * search's answer stays with it instead of overwriting the others' on the process instance.
 */
@Component("prepareManualSearch")
public class PrepareManualSearchListener implements TaskListener {

    private final ManualSourceSearches searches;
    private final StaffTexts texts;

    public PrepareManualSearchListener(ManualSourceSearches searches, StaffTexts texts) {
        this.searches = searches;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        ManualSource source = searches.source((String) task.getVariable(ManualSearchVariables.MANUAL_SOURCE));
        // The source's name in the staff language where the data map has it (it has no French: English then).
        String sourceName = Arrays.stream(Language.values())
                .filter(language -> language.name().equals(texts.language().code()))
                .filter(language -> !source.name().missing().contains(language)).findFirst()
                .map(language -> source.name().in(language)).orElse(source.name().en());
        task.setName(texts.text("task.SearchManualSources.named", sourceName));
        task.setVariableLocal(ManualSearchVariables.SOURCE_NAME, sourceName);
        task.setVariableLocal(ManualSearchVariables.SOURCE_KIND, source.kind().name());
        task.setVariableLocal(ManualSearchVariables.SOURCE_LOCATION, source.location());
        task.setVariableLocal(ManualSearchVariables.SOURCE_INSTRUCTIONS, source.instructions());
        // Local to this instance's execution: both a Tasklist form submission (task scope) and an API completion
        // (execution scope) land here, never on the process instance where parallel searches would overwrite.
        task.getExecution().setVariableLocal(ManualSearchVariables.OUTCOME, null);
        task.getExecution().setVariableLocal(ManualSearchVariables.NOTE, null);
        task.getExecution().setVariableLocal(ManualSearchVariables.DATA_FOUND, null);
    }
}
