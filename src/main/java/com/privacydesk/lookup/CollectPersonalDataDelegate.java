package com.privacydesk.lookup;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.stafflanguage.StaffTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Collect personal data": what the company holds on the data subject, as counts per source for the handler,
 * and the manual sources to search by hand (the collection of "Search manual source"). The data itself stays in
 * the database; the answer step reads it again when it writes the letter and the packages.
 */
@Component("collectPersonalData")
public class CollectPersonalDataDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final PersonalDataCollector collector;
    private final ManualSourceSearches manualSources;
    private final StaffTexts texts;

    public CollectPersonalDataDelegate(RequestRepository requests, PersonalDataCollector collector,
            ManualSourceSearches manualSources, StaffTexts texts) {
        this.requests = requests;
        this.collector = collector;
        this.manualSources = manualSources;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestRecord request = requests.get(CaseKey.of(execution));
        Long subject = request.dataSubjectId();
        List<DataFound> found = subject == null ? List.of() : collector.collect(subject);
        String summary = subject == null ? texts.text("summary.data.no-customer") : collector.summary(found, texts);
        execution.setVariable(RequestVariables.LOOKUP_SUMMARY, summary);
        // The options of "Data withheld from the copy" in "Prepare answer": categories and counts, never a value.
        execution.setVariable(RequestVariables.FOUND_SOURCES, SpinValues.jsonValue(Spin.JSON(found.stream()
                .map(f -> Map.of("label", texts.text("summary.data.option", collector.category(f, texts), f.rows()),
                        "value", f.source())).toList())).create());
        // Places no query reaches are searched by hand even when no customer record matched: the requester may
        // still be in a spreadsheet or a paper file. Ids only, no personal data.
        execution.setVariable(ManualSearchVariables.MANUAL_SOURCES,
                new ArrayList<>(manualSources.sourcesFor(request.rights())));
    }
}
