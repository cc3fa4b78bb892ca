package com.privacydesk.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.privacydesk.datamap.TestDataMaps;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * "Carry out by hand" speaks the staff language: its name, its instruction and the steps in them; the source's and
 * recipient's names come from the record of processing in that language where it has one (no French: English).
 */
class ManualActionTasksTest {

    private static final long APPLY = 1L;
    private static final long NOTIFY = 2L;

    private final ManualActions actions = mock(ManualActions.class);

    ManualActionTasksTest() {
        when(actions.find(APPLY)).thenReturn(Optional.of(new ManualActions.ManualAction(APPLY, "DSR-T-HAND", 1,
                ManualActions.Kind.APPLY, "complaints-spreadsheet", "ERASURE", "agents", null, null)));
        when(actions.find(NOTIFY)).thenReturn(Optional.of(new ManualActions.ManualAction(NOTIFY, "DSR-T-HAND", 1,
                ManualActions.Kind.NOTIFY, "parcel-carriers", "RECTIFICATION,ERASURE", "agents", null, null)));
    }

    @Test
    void english_namesAsInTheProcessAndKeepsTheApostrophes() {
        Prepared apply = prepare(StaffLanguage.EN, APPLY);
        Prepared notify = prepare(StaffLanguage.EN, NOTIFY);

        assertThat(apply.name).isEqualTo("Apply erasure in Complaints spreadsheet of the customer-service team");
        assertThat(apply.instruction).isEqualTo("The handler decided to fulfil the erasure of case DSR-T-HAND. Apply it"
                + " to the requester's entries in Complaints spreadsheet of the customer-service team (Shared drive:"
                + " Customer service / Complaints / complaints-log.xlsx), as found in the search, then confirm here.");
        assertThat(notify.name).isEqualTo("Notify Parcel carriers (independent controllers)");
        assertThat(notify.instruction).startsWith("We carried out the rectification, erasure of case DSR-T-HAND. Tell"
                + " Parcel carriers (independent controllers) (Art. 19 GDPR)").contains("The customer's letter");
    }

    @Test
    void polish_stepsSourceAndRecipientInPolish() {
        Prepared apply = prepare(StaffLanguage.PL, APPLY);
        Prepared notify = prepare(StaffLanguage.PL, NOTIFY);

        assertThat(apply.name).isEqualTo("Wykonanie ręczne (usunięcie danych): Arkusz reklamacji zespołu obsługi klienta");
        assertThat(apply.instruction).contains("DSR-T-HAND", "usunięcie danych", "Arkusz reklamacji zespołu obsługi klienta",
                "complaints-log.xlsx").doesNotContain("erasure", "{");
        assertThat(notify.name).isEqualTo("Powiadomienie odbiorcy: Firmy kurierskie (odrębni administratorzy)");
        assertThat(notify.instruction).contains("sprostowanie danych, usunięcie danych", "art. 19 RODO",
                "Firmy kurierskie (odrębni administratorzy)").doesNotContain("GDPR", "{");
    }

    @Test
    void german_andFrench_withTheRecordsNameInEachLanguage() {
        assertThat(prepare(StaffLanguage.DE, APPLY).name)
                .isEqualTo("Löschung in Beschwerdeliste (Tabelle) des Kundenservice umsetzen");
        assertThat(prepare(StaffLanguage.NL, NOTIFY).instruction).contains("rectificatie, wissing", "art. 19 AVG");

        Prepared notify = prepare(StaffLanguage.FR, NOTIFY);
        assertThat(notify.name).isEqualTo("Informer Transporteurs de colis (responsables du traitement distincts)");
        assertThat(notify.instruction).contains("DSR-T-HAND", "rectification, effacement", "art. 19 RGPD")
                .doesNotContain("GDPR", "{");
    }

    private record Prepared(String name, String instruction) {
    }

    private Prepared prepare(StaffLanguage language, long actionId) {
        ManualActionTasks tasks = new ManualActionTasks(actions, mock(ExecutionLog.class), TestDataMaps.record(),
                Clock.systemUTC(), new StaffTexts(new StaffLanguageProperties(language)));
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getVariable("manualAction")).thenReturn(actionId);
        when(task.getExecution()).thenReturn(execution);

        tasks.prepare(task);

        ArgumentCaptor<String> name = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<Object> instruction = ArgumentCaptor.forClass(Object.class);
        verify(task).setName(name.capture());
        verify(task).setVariableLocal(eq(ManualActionTasks.INSTRUCTION), instruction.capture());
        verify(execution).setVariableLocal(ManualActionTasks.DONE, false);
        return new Prepared(name.getValue(), (String) instruction.getValue());
    }
}
