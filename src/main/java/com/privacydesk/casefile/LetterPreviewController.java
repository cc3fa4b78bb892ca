package com.privacydesk.casefile;

import com.privacydesk.answer.AnswerPlanForm;
import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.correspondence.Letter;
import com.privacydesk.correspondence.LetterException;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.security.CaseAccess;
import com.privacydesk.security.StaffSession;
import com.privacydesk.stafflanguage.StaffTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Preview the letter" from the "Prepare answer" form: the exact letter the handler's current choices would send,
 * before the task is completed. Two steps, so that the handler's words and corrected values never travel in a URL
 * (proxy logs, browser history, the Referer of whatever comes next):
 * <ul>
 * <li>GET carries only codes (decision, outcomes, reasons, kept sources), which is all the form's link can hold.
 * It answers a page with the letter those codes give and a form for the words;</li>
 * <li>POST carries codes and words in its body, with the page's anti-forgery token. Tasklist's preview script
 * ({@code app/tasklist/scripts/letter-preview.js}) copies the words from the open form and posts them at once.</li>
 * </ul>
 * Nothing is stored: the letter is composed in a transaction that is rolled back.
 */
@Controller
public class LetterPreviewController {

    static final String TOKEN_FIELD = "token";
    /** The preview's anti-forgery token, kept in the session (Spring Security's repository; no filter chain needed). */
    private static final HttpSessionCsrfTokenRepository TOKENS = new HttpSessionCsrfTokenRepository();

    static {
        TOKENS.setSessionAttributeName("privacy-desk.letter-preview.token");
        TOKENS.setParameterName(TOKEN_FIELD);
    }

    /** The plan's codes: what a URL may carry. Lists (reasons, kept sources) arrive comma-separated. */
    private static final List<String> CODE_FIELDS = Stream.concat(Stream.of(AnswerPlanForm.DECISION),
            AnswerPlanForm.PLAN_VARIABLES.stream()).filter(f -> !AnswerPlanForm.FREE_TEXT_VARIABLES.contains(f))
            .toList();

    private final StaffSession staffSession;
    private final CaseLetters letters;
    private final CaseAccess access;
    private final StaffTexts texts;
    private final PackageLinks links;
    private final RequestRepository requests;
    private final PreviewWordFields words;

    public LetterPreviewController(StaffSession staffSession, CaseLetters letters, CaseAccess access,
            StaffTexts texts, PackageLinks links, RequestRepository requests, PreviewWordFields words) {
        this.staffSession = staffSession;
        this.letters = letters;
        this.access = access;
        this.texts = texts;
        this.links = links;
        this.requests = requests;
        this.words = words;
    }

    @GetMapping(value = "/cases/{caseNumber}/letter-preview", produces = MediaType.TEXT_HTML_VALUE)
    public String preview(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> query,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<StaffSession.Staff> staff = staff(caseNumber, request, response, model);
        if (staff.isEmpty()) {
            return "login-required";
        }
        List<String> wordsInUrl = query.keySet().stream().filter(words::isWords).sorted().toList();
        if (!wordsInUrl.isEmpty()) {
            // Refused rather than ignored: a link that still carries words must be fixed, not silently half-used.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("message", texts.text("preview.words-in-url", String.join(", ", wordsInUrl)));
            return "letter-preview";
        }
        return page(caseNumber, staff.get(), query.toSingleValueMap(), request, response, model);
    }

    @PostMapping(value = "/cases/{caseNumber}/letter-preview", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    public String previewWithWords(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> body,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<StaffSession.Staff> staff = staff(caseNumber, request, response, model);
        if (staff.isEmpty()) {
            return "login-required";
        }
        if (!validToken(request, body.getFirst(TOKEN_FIELD))) {
            // Another site could make a logged-in handler's browser post here; only this desk's page knows the token.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("message", texts.text("preview.expired"));
            return "letter-preview";
        }
        return page(caseNumber, staff.get(), body.toSingleValueMap(), request, response, model);
    }

    /** The member of staff who may read this case; otherwise empty, with the 401 or 403 set for the login page. */
    private Optional<StaffSession.Staff> staff(String caseNumber, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("texts", texts);
        Optional<StaffSession.Staff> staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return Optional.empty();
        }
        if (!staff.get().isDeskStaff() || !access.mayRead(staff.get(), caseNumber)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("forbidden", true);
            return Optional.empty();
        }
        return staff;
    }

    private String page(String caseNumber, StaffSession.Staff staff, Map<String, String> submitted, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> wordsGiven = new LinkedHashMap<>();
        submitted.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (CODE_FIELDS.contains(field)) {
                codes.put(field, value);
            } else if (words.isWords(field)) {
                wordsGiven.put(field, value);
            }
        });
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("codes", codes);
        model.addAttribute("words", wordsGiven);
        model.addAttribute("fields", words.forRights(requests.get(caseNumber).rights()));
        model.addAttribute("token", token(request, response));
        Map<String, Object> values = new HashMap<>(codes);
        values.putAll(wordsGiven);
        try {
            Letter letter = letters.preview(caseNumber, values);
            // A letter shows the customer's data as a package does: logged like a download.
            links.logPreview(caseNumber, 0, "LETTER", staff.userId(), request.getRemoteAddr());
            model.addAttribute("letter", letter);
        } catch (LetterException | IllegalArgumentException e) {
            // Says what the letter still lacks (no personal data): the handler completes the form accordingly.
            response.setStatus(422);
            model.addAttribute("message", texts.text("preview.incomplete", e.getMessage()));
        }
        return "letter-preview";
    }

    private static String token(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = TOKENS.loadToken(request);
        if (token == null) {
            token = TOKENS.generateToken(request);
            TOKENS.saveToken(token, request, response);
        }
        return token.getToken();
    }

    private static boolean validToken(HttpServletRequest request, String submitted) {
        CsrfToken expected = TOKENS.loadToken(request);
        return expected != null && submitted != null && MessageDigest.isEqual(
                expected.getToken().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
