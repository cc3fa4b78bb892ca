package com.privacydesk.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A further message from the requester on an open case: a reply or a dissatisfaction. */
public record RequesterMessage(@NotBlank @Size(max = 20000) String message) {
}
