package com.privacydesk.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadline of one request, with what a handler needs to see how it was reached.
 *
 * @param periodEnd     last day of the period before the working-day roll, including suspended days
 * @param deadline      the day the answer is due at the latest, after the roll (Reg. 1182/71 Art. 3(4))
 * @param daysSuspended calendar days added by suspension while waiting for identity information (Art. 12(6))
 */
public record CaseDeadline(LocalDate periodEnd, LocalDate deadline, int daysSuspended) {

    public CaseDeadline {
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(periodEnd)) {
            throw new IllegalArgumentException("deadline " + deadline + " lies before periodEnd " + periodEnd);
        }
        if (daysSuspended < 0) {
            throw new IllegalArgumentException("daysSuspended must not be negative: " + daysSuspended);
        }
    }
}
