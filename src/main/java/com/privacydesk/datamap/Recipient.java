package com.privacydesk.datamap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Someone the data of an activity is disclosed to (Art. 4(9)), and how to tell them of a rectification, erasure or
 * restriction (Art. 19): by e-mail to {@code notifyEmail}, or, when they have no address the desk can write to, by a
 * task for {@code notifyGroup}, the team that owns the relationship. Public authorities that receive data in a
 * particular inquiry are not recipients (Art. 4(9)): they are never notified nor named as notified.
 */
public record Recipient(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "must be a lower-case id with hyphens") String id,
        @NotNull LocalisedText name,
        @NotNull Role role,
        String notifyEmail,
        String notifyGroup) {

    public enum Role {
        /** Processes on our behalf: told as an instruction under Art. 28(3). */
        PROCESSOR,
        /** A controller of its own: told under Art. 19. */
        CONTROLLER,
        /** Receives data only in a particular inquiry (Art. 4(9)): not a recipient, never notified. */
        PUBLIC_AUTHORITY
    }

    public Recipient {
        notifyEmail = notifyEmail == null || notifyEmail.isBlank() ? null : notifyEmail.trim();
        notifyGroup = notifyGroup == null || notifyGroup.isBlank() ? null : notifyGroup.trim();
    }

    public boolean notifiable() {
        return role != Role.PUBLIC_AUTHORITY;
    }
}
