package com.privacydesk.intake;

import com.privacydesk.information.ClauseChannel;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public web form {@code /privacy-request}: server-rendered, no JavaScript, in pl, en, de, nl or fr. The WEB_FORM
 * information clause stands under it; validation is {@link NewRequest}'s, with messages in the page's language;
 * nothing typed is lost on an error; a valid submission is filed through {@link IntakeService#receive} and answered
 * with a redirect to the confirmation (POST-redirect-GET).
 */
@Controller
@RequestMapping("/privacy-request")
public class WebFormController {

    private static final Logger log = LoggerFactory.getLogger(WebFormController.class);
    private static final String RECEIPT = WebFormController.class.getName() + ".receipt";

    private final IntakeService intake;
    private final InformationClauses clauses;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    public WebFormController(IntakeService intake, InformationClauses clauses, Validator validator,
            MessageSource messages, Clock clock) {
        this.intake = intake;
        this.clauses = clauses;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the requester typed, as text: re-rendered unchanged (escaped) when something is wrong. */
    public record WebFormInput(List<String> rights, String message, String name, String email, String phone,
            String customerNumber) {

        static WebFormInput empty() {
            return new WebFormInput(List.of(), null, null, null, null, null);
        }

        List<String> chosenRights() {
            return rights == null ? List.of() : rights;
        }
    }

    /** What the confirmation page shows, kept in the session so a reload shows it again. */
    record WebFormReceipt(String caseNumber, LocalDate deadline) implements Serializable {
    }

    /** Showing the form creates no session (anyone may load it, at any rate): the token lives in a cookie. */
    @GetMapping
    public ModelAndView form(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            HttpServletResponse response) {
        Language language = language(lang, request);
        String secret = WebFormTokens.csrfToken(request, response);
        return page(language, WebFormInput.empty(), Map.of(), WebFormTokens.newFormToken(secret, clock.instant()),
                secret, false, HttpStatus.OK);
    }

    @PostMapping
    public ModelAndView submit(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "_csrf", required = false) String csrf,
            @RequestParam(name = "formToken", required = false) String formToken,
            @ModelAttribute WebFormInput input, HttpServletRequest request) {
        Language language = language(lang, request);
        Instant now = clock.instant();
        Optional<WebFormTokens.FormToken> token = WebFormTokens.validCsrf(request, csrf)
                ? WebFormTokens.verify(csrf, formToken, now) : Optional.empty();
        if (token.isEmpty()) {
            log.info("Web form refused: no valid CSRF or form token");
            return refused(language);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Right> rights = rights(input, errors, language);
        NewRequest newRequest = new NewRequest(Channel.WEB_FORM, rights,
                new NewRequest.Requester(input.name(), blankToNull(input.email()), blankToNull(input.phone()),
                        input.customerNumber()),
                blankToNull(input.message()), language, null);
        for (ConstraintViolation<NewRequest> violation : validator.validate(newRequest)) {
            String field = field(violation.getPropertyPath().toString());
            errors.putIfAbsent(field, message(field, violation, language));
        }
        if (!errors.isEmpty()) {
            return page(language, input, errors, formToken, csrf, false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        String idempotencyKey = token.get().idempotencyKey(csrf);
        Receipt receipt;
        try {
            receipt = receiveOnce(newRequest, idempotencyKey, token.get().renderedAt());
        } catch (InvalidRequestException changedAfterSending) {
            // Back button, edited, sent again: the same form token with another content. File it only knowingly.
            return page(language, input, Map.of(), WebFormTokens.newFormToken(csrf, now), csrf, true,
                    HttpStatus.CONFLICT);
        }
        log.info("Web form filed case {}", receipt.caseNumber());
        // Only a filed request earns a session: the confirmation page shows its case number after a reload.
        request.getSession().setAttribute(RECEIPT, new WebFormReceipt(receipt.caseNumber(), receipt.deadline()));
        RedirectView redirect = new RedirectView("/privacy-request/confirmation?lang=" + language.name(), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    @GetMapping("/confirmation")
    public ModelAndView confirmation(@RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request) {
        Language language = language(lang, request);
        HttpSession session = request.getSession(false);
        WebFormReceipt receipt = session == null ? null : (WebFormReceipt) session.getAttribute(RECEIPT);
        if (receipt == null) {
            RedirectView redirect = new RedirectView("/privacy-request?lang=" + language.name(), true);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(redirect);
        }
        PageText text = new PageText(messages, language.locale());
        ModelAndView page = base("privacy-request-confirmation", language, text);
        page.addObject("caseNumber", receipt.caseNumber());
        page.addObject("deadline", DateTimeFormatter.ofPattern(text.get("date.pattern"), language.locale())
                .format(receipt.deadline()));
        return page;
    }

    private Receipt receiveOnce(NewRequest request, String idempotencyKey, Instant formShownAt) {
        try {
            return intake.receive(request, idempotencyKey, formShownAt);
        } catch (DuplicateKeyException raced) {
            // The double click's twin committed first: answer with its case.
            return intake.replay(idempotencyKey, IntakeService.fingerprint(request)).orElseThrow(() -> raced);
        }
    }

    private ModelAndView page(Language language, WebFormInput input, Map<String, String> errors, String formToken,
            String csrf, boolean resubmitted, HttpStatus status) {
        PageText text = new PageText(messages, language.locale());
        ModelAndView page = base("privacy-request", language, text);
        page.setStatus(status);
        page.addObject("input", input);
        page.addObject("chosen", input.chosenRights());
        page.addObject("rights", Arrays.stream(Right.values()).map(Enum::name).toList());
        page.addObject("errors", errors);
        page.addObject("resubmitted", resubmitted);
        page.addObject("csrf", csrf);
        page.addObject("formToken", formToken);
        page.addObject("clause", clauses.clause(ClauseChannel.WEB_FORM, language));
        return page;
    }

    private ModelAndView refused(Language language) {
        ModelAndView page = base("privacy-request-refused", language, new PageText(messages, language.locale()));
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }

    private static ModelAndView base(String view, Language language, PageText text) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("t", text);
        page.addObject("lang", language.name());
        page.addObject("languages", Arrays.stream(Language.values()).map(Enum::name).toList());
        return page;
    }

    /** ?lang= first, then the browser's preference, then English. */
    private static Language language(String lang, HttpServletRequest request) {
        Optional<Language> chosen = parse(lang);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Enumeration<Locale> preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            Optional<Language> match = parse(preferred.nextElement().getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.en;
    }

    private static Optional<Language> parse(String value) {
        return Arrays.stream(Language.values()).filter(language -> language.name().equals(value)).findFirst();
    }

    private List<Right> rights(WebFormInput input, Map<String, String> errors, Language language) {
        List<Right> rights = new ArrayList<>();
        for (String value : input.chosenRights()) {
            Arrays.stream(Right.values()).filter(right -> right.name().equals(value)).findFirst()
                    .ifPresentOrElse(right -> {
                        if (!rights.contains(right)) {
                            rights.add(right);
                        }
                    }, () -> errors.putIfAbsent("rights",
                            messages.getMessage("error.rights.invalid", null, language.locale())));
        }
        return rights;
    }

    /** NewRequest's property paths as the form's fields; the reachability rule belongs to the contact group. */
    private static String field(String path) {
        if (path.startsWith("rights")) {
            return "rights";
        }
        return switch (path) {
            case "requester.reachable" -> "contact";
            case "requester.name" -> "name";
            case "requester.email" -> "email";
            case "requester.phone" -> "phone";
            case "requester.customerNumber" -> "customerNumber";
            case "message" -> "message";
            default -> "form";
        };
    }

    /** error.{field}.{Constraint}, else error.{Constraint} (with the limit), else a plain "check this field". */
    private String message(String field, ConstraintViolation<?> violation, Language language) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        String constraint = annotation.annotationType().getSimpleName();
        Object[] args = annotation instanceof Size size ? new Object[] {size.max()} : null;
        String specific = messages.getMessage("error." + field + "." + constraint, args, null, language.locale());
        if (specific != null) {
            return specific;
        }
        String general = messages.getMessage("error." + constraint, args, null, language.locale());
        return general != null ? general : messages.getMessage("error.invalid", null, language.locale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
