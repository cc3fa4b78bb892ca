package com.privacydesk.deadline;

import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestVariables;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns a case's deadline date into the variables its timers and tasks read: the escalation instant
 * ({@code dueAt}, end of the deadline day in the controller's zone) and the reminder instant ({@code remindAt}).
 */
@Component
public class CaseDeadlines {

    private final DeadlineCalculator calculator;

    public CaseDeadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The case's one-month deadline as it stands, with the days already suspended: recomputed from the receipt,
     * so that a second suspension adds to the first instead of restarting from a rolled date.
     */
    public CaseDeadline current(RequestRecord request) {
        CaseDeadline original = calculator.oneMonth(request.receivedAt());
        LocalDate periodEnd = original.periodEnd().plusDays(request.daysSuspended());
        return new CaseDeadline(periodEnd, calculator.rollToWorkingDay(periodEnd), request.daysSuspended());
    }

    public Map<String, Object> timerVariables(LocalDate effectiveDeadline) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RequestVariables.DUE_AT, Date.from(calculator.endOfDay(effectiveDeadline)));
        variables.put(RequestVariables.REMIND_AT, Date.from(calculator.remindAt(effectiveDeadline)));
        return variables;
    }
}
