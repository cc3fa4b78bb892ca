package com.privacydesk.intake;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Reads what an agent submitted in "Register request" (the start form) or "Classify request" as Tasklist sends
 * it (a checklist as a Json array, a date as a String) and checks it with the rules of {@code POST /api/requests}.
 * Problems name the field and the rule, never the value typed: they end up in logs and in Tasklist's error box.
 */
@Component
public class RequestForm {

    /** Channels an agent registers by hand; web form and e-mail come in by themselves. */
    public static final Set<Channel> AGENT_CHANNELS = Set.of(Channel.PHONE, Channel.CHAT, Channel.LETTER);

    private final Validator validator;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    public RequestForm(Validator validator, DeadlineCalculator calculator, Clock clock) {
        this.validator = validator;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** The submitted request, or the list of what is wrong with it. */
    public record Result(NewRequest request, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The start form: channel, rights, requester, language, message and (for a letter) the day it arrived. */
    public Result registration(Function<String, Object> variables) {
        List<String> problems = new ArrayList<>();
        Channel channel = null;
        Object channelValue = variables.apply(RequestVariables.CHANNEL);
        try {
            channel = channelValue == null || channelValue.toString().isBlank() ? null
                    : Channel.valueOf(channelValue.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (channel == null || !AGENT_CHANNELS.contains(channel)) {
            problems.add("channel must be one of PHONE, CHAT, LETTER");
        }
        Instant receivedAt = receivedAt(variables.apply(RequestVariables.RECEIPT_DATE), problems);
        if (channel == Channel.LETTER && receivedAt == null && !problems.contains(RECEIVED_AT_FORMAT)) {
            problems.add("a letter needs the day it arrived (receiptDate)");
        }
        return complete(channel, RequestVariables.RIGHTS, RequestVariables.LANGUAGE, receivedAt, variables, problems);
    }

    /** "Classify request": rights, requester and language read from a message that is already filed. */
    public Result classification(Channel channel, Function<String, Object> variables) {
        return complete(channel, RequestVariables.CLASSIFIED_RIGHTS, RequestVariables.CLASSIFIED_LANGUAGE, null,
                variables, new ArrayList<>());
    }


    private static final String RECEIVED_AT_FORMAT = "receiptDate must be a date (YYYY-MM-DD) or a date and time with offset";

    private Result complete(Channel channel, String rightsKey, String languageKey, Instant receivedAt,
            Function<String, Object> variables, List<String> problems) {
        List<Right> rights = rights(variables.apply(rightsKey), problems);
        if (rights != null && rights.isEmpty()) {
            problems.add("choose at least one right");
        }
        Language language = null;
        Object languageValue = variables.apply(languageKey);
        try {
            language = languageValue == null || languageValue.toString().isBlank() ? null
                    : Language.valueOf(languageValue.toString().trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("language must be one of pl, en, de, nl, fr");
        }
        NewRequest.Requester requester = new NewRequest.Requester(text(variables, RequestVariables.REQUESTER_NAME),
                text(variables, RequestVariables.REQUESTER_EMAIL), text(variables, RequestVariables.REQUESTER_PHONE),
                text(variables, RequestVariables.REQUESTER_CUSTOMER_NUMBER));
        NewRequest request = new NewRequest(channel, rights == null ? List.of() : rights, requester,
                text(variables, RequestVariables.REQUEST_MESSAGE), language,
                receivedAt == null ? null : receivedAt.atOffset(ZoneOffset.UTC));
        Set<String> violations = new TreeSet<>();
        for (ConstraintViolation<NewRequest.Requester> violation : validator.validate(requester)) {
            String field = switch (violation.getPropertyPath().toString()) {
                case "name" -> RequestVariables.REQUESTER_NAME;
                case "email" -> RequestVariables.REQUESTER_EMAIL;
                case "phone" -> RequestVariables.REQUESTER_PHONE;
                case "customerNumber" -> RequestVariables.REQUESTER_CUSTOMER_NUMBER;
                default -> "requester";
            };
            violations.add(field + " " + violation.getMessage());
        }
        if (request.message() != null && request.message().length() > 20000) {
            violations.add(RequestVariables.REQUEST_MESSAGE + " must have at most 20000 characters");
        }
        problems.addAll(violations);
        return new Result(request, List.copyOf(new LinkedHashSet<>(problems)));
    }

    private Instant receivedAt(Object value, List<String> problems) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        Instant now = clock.instant();
        Instant at;
        if (value instanceof Date date) {
            at = date.toInstant();
        } else {
            String text = value.toString().trim();
            try {
                if (text.length() == 10) {
                    LocalDate day = LocalDate.parse(text);
                    // A day without a time: today means now; an earlier day counts from its start (the day of
                    // receipt is not counted anyway).
                    at = day.equals(calculator.dateOf(now)) ? now : day.atStartOfDay(calculator.zone()).toInstant();
                } else {
                    at = OffsetDateTime.parse(text).toInstant();
                }
            } catch (DateTimeParseException e) {
                problems.add(RECEIVED_AT_FORMAT);
                return null;
            }
        }
        if (at.isAfter(now)) {
            problems.add("receiptDate must not lie in the future");
            return null;
        }
        return at;
    }

    private static List<Right> rights(Object value, List<String> problems) {
        List<String> names = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> names.add(element.stringValue()));
        } else if (value instanceof Collection<?> list) {
            list.forEach(element -> names.add(String.valueOf(element)));
        } else if (value instanceof String text && !text.isBlank()) {
            names.addAll(List.of(text.split(",")));
        }
        List<Right> rights = new ArrayList<>();
        for (String name : names) {
            try {
                rights.add(Right.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("rights contain an unknown right");
                return null;
            }
        }
        return rights.stream().distinct().toList();
    }

    private static String text(Function<String, Object> variables, String name) {
        Object value = variables.apply(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
