package com.privacydesk.intake;

import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** The body of {@code POST /api/requests}: a data-subject request as it arrived on its channel. */
public record NewRequest(
        @NotNull Channel channel,
        @NotEmpty @Size(max = 9) List<@NotNull Right> rights,
        @NotNull @Valid Requester requester,
        @Size(max = 20000) String message,
        Language language,
        OffsetDateTime receivedAt) {

    public record Requester(
            @Size(max = PersonName.MAX_LENGTH) @PersonName String name,
            @Email @Size(max = 320) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "must contain only digits, spaces and + ( ) . / -")
            String phone,
            @Size(max = 40) String customerNumber) {

        /** Without any contact detail the desk could neither identify nor answer the requester. */
        @AssertTrue(message = "must give at least an e-mail, a phone number or a customer number")
        public boolean isReachable() {
            return notBlank(email) || notBlank(phone) || notBlank(customerNumber);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }

    public Language languageOrDefault() {
        return language == null ? Language.en : language;
    }
}
