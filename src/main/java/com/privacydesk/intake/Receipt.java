package com.privacydesk.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;

/** The answer to a new request: the case number and the date by which the desk answers at the latest. */
public record Receipt(String caseNumber, Instant receivedAt, LocalDate deadline, String status,
        @JsonIgnore boolean replayed) {
}
