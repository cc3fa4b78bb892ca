package com.privacydesk.casefile;

import com.privacydesk.answer.AnswerPlanForm;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.correspondence.Letter;
import com.privacydesk.correspondence.LetterException;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.security.CaseAccess;
import com.privacydesk.security.StaffSession;
import com.privacydesk.stafflanguage.StaffTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Preview the letter" from the "Prepare answer" form: the exact letter the handler's current choices would
 * send, before the task is completed. Plain text, so whatever the requester typed stays text.
 */
@RestController
public class LetterPreviewController {

    /** The plan's fields; lists (reasons, kept sources) arrive comma-separated. */
    private static final List<String> FORM_FIELDS = Stream.concat(Stream.of(AnswerPlanForm.DECISION),
            AnswerPlanForm.PLAN_VARIABLES.stream()).toList();

    private final StaffSession staffSession;
    private final CaseLetters letters;
    private final CaseAccess access;
    private final StaffTexts texts;
    private final PackageLinks links;

    public LetterPreviewController(StaffSession staffSession, CaseLetters letters, CaseAccess access,
            StaffTexts texts, PackageLinks links) {
        this.links = links;
        this.access = access;
        this.texts = texts;
        this.staffSession = staffSession;
        this.letters = letters;
    }

    @GetMapping(value = "/cases/{caseNumber}/letter-preview", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<String> preview(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
            HttpServletRequest request) {
        var staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN)
                    .body(texts.text("preview.log-in"));
        }
        if (!staff.get().isDeskStaff() || !access.mayRead(staff.get(), caseNumber)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
                    .body(texts.text("preview.forbidden"));
        }
        Map<String, Object> values = new HashMap<>();
        FORM_FIELDS.forEach(field -> {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        });
        try {
            Letter letter = letters.preview(caseNumber, values);
            // A letter shows the customer's data as a package does: logged like a download.
            links.logPreview(caseNumber, 0, "LETTER", staff.get().userId(), request.getRemoteAddr());
            return ResponseEntity.ok(letter.subject() + "\n\n" + letter.body());
        } catch (LetterException | IllegalArgumentException e) {
            // Says what the letter still lacks (no personal data): the handler completes the form accordingly.
            return ResponseEntity.unprocessableEntity().contentType(MediaType.TEXT_PLAIN)
                    .body(texts.text("preview.incomplete", e.getMessage()));
        }
    }
}
