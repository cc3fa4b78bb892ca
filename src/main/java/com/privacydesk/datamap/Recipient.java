package com.privacydesk.datamap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Someone the data of an activity is disclosed to (Art. 4(9)), and how to tell them of a rectification, erasure or
 * restriction (Art. 19): by e-mail to {@code notifyEmail}, or, when they have no address the desk can write to, by a
 * task for {@code notifyGroup}, the team that owns the relationship. Public authorities that receive data in a
 * particular inquiry are not recipients (Art. 4(9)): they are never notified nor named as notified.
 * {@code transfers} lists the third countries (outside the EEA) the recipient transfers the data to, with the
 * safeguard (Art. 30(1)(e), 13(1)(f), 15(2)); none listed means no transfer.
 */
public record Recipient(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "must be a lower-case id with hyphens") String id,
        @NotNull LocalisedText name,
        @NotNull Role role,
        String notifyEmail,
        String notifyGroup,
        List<@Valid @NotNull Transfer> transfers) {

    /**
     * A transfer to a third country (Chapter V GDPR).
     *
     * @param country   the country, as customers read it
     * @param safeguard the ground of Chapter V it rests on: an adequacy decision (Art. 45), standard data protection
     *                  clauses (Art. 46(2)(c)), ...
     */
    public record Transfer(@NotNull LocalisedText country, @NotNull LocalisedText safeguard) {
    }

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
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    public boolean notifiable() {
        return role != Role.PUBLIC_AUTHORITY;
    }
}
