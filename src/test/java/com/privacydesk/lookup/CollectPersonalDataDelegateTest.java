package com.privacydesk.lookup;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.StaffTexts;
import java.time.Instant;
import java.time.LocalDate;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The delegate reads, counts and writes; a retried job writes the same again and changes nothing else. */
class CollectPersonalDataDelegateTest {

    private static final String CASE = "DSR-T-COLLECT";

    private final RequestRepository requests = mock(RequestRepository.class);
    private final CollectPersonalDataDelegate delegate = new CollectPersonalDataDelegate(requests,
            new PersonalDataCollector(EmbeddedPostgresSupport.jdbc(), TestDataMaps.shipped()),
            new ManualSourceSearches(EmbeddedPostgresSupport.jdbc(), TestDataMaps.record()), StaffTexts.source());

    @Test
    void execute_twice_sameSummaryAndManualSources() throws Exception {
        DelegateExecution execution = caseOf(EmbeddedPostgresSupport.customerId(EmbeddedPostgresSupport.jdbc(),
                "C-100005"), List.of(Right.ACCESS, Right.PORTABILITY));

        delegate.execute(execution);
        delegate.execute(execution);

        verify(execution, times(2)).setVariable(RequestVariables.LOOKUP_SUMMARY, "Customer record: 1"
                + " · Contact points (e-mail addresses, phone numbers): 2 · Support tickets: 1"
                + " · Chat sessions (with IP address): 1 · Call recordings: 1 · Marketing consents: 1");
        verify(execution, times(2)).setVariable(ManualSearchVariables.MANUAL_SOURCES, List.of("complaints-spreadsheet",
                "agent-address-books", "returns-paper-files", "callcentre-supplier"));
        // The options the handler may withhold from the copy: category and count, no value.
        org.mockito.ArgumentCaptor<Object> options = org.mockito.ArgumentCaptor.forClass(Object.class);
        verify(execution, times(2)).setVariable(org.mockito.ArgumentMatchers.eq(RequestVariables.FOUND_SOURCES), options.capture());
        String json = ((org.camunda.spin.plugin.variable.value.JsonValue) options.getValue()).getValue().toString();
        assertThat(json).contains("\"value\":\"chat_sessions\"", "\"label\":\"Chat sessions (with IP address) (1)\"")
                .doesNotContain("192.0.2");
    }

    @Test
    void execute_noCustomerMatched_stillSearchesByHand() throws Exception {
        DelegateExecution execution = caseOf(null, List.of(Right.ERASURE));

        delegate.execute(execution);

        verify(execution).setVariable(RequestVariables.LOOKUP_SUMMARY,
                "No customer record matched the requester: no personal data found.");
        verify(execution).setVariable(ManualSearchVariables.MANUAL_SOURCES, List.of("complaints-spreadsheet",
                "agent-address-books", "returns-paper-files", "callcentre-supplier"));
    }

    /** An execution of a case whose record names the subject and rights; the variables say something else. */
    private DelegateExecution caseOf(Long subject, List<Right> rights) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn(CASE);
        when(execution.getVariable(RequestVariables.DATA_SUBJECT_ID)).thenReturn(-1L);
        when(execution.getVariable(RequestVariables.RIGHTS)).thenReturn("QUESTION");
        when(requests.get(CASE)).thenReturn(new RequestRecord(CASE, "pi", Channel.EMAIL, rights, Language.en,
                new RequestRecord.Requester(null, null, null, null), null, Instant.now(), LocalDate.now(), null, 0,
                subject, null, null, null, null, null, null));
        return execution;
    }
}
