package com.privacydesk.information;

import com.privacydesk.platform.ApiProblems.FieldProblem;
import com.privacydesk.request.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The first layer of information for the website, the chat widget and the phone scripts. Public (StaffApiFilter):
 * the texts are what every customer is shown anyway.
 */
@RestController
public class InformationClauseController {

    private final InformationClauses clauses;

    public InformationClauseController(InformationClauses clauses) {
        this.clauses = clauses;
    }

    /** Both parameters are checked at once; the answer lists the allowed values and never echoes the input. */
    @GetMapping("/api/information-clauses/{channel}")
    public ResponseEntity<?> clause(@PathVariable String channel,
            @RequestParam(name = "language", required = false) String language) {
        Optional<ClauseChannel> clauseChannel = parse(ClauseChannel.class, channel);
        Optional<Language> clauseLanguage = language == null || language.isBlank() ? Optional.of(Language.en)
                : parse(Language.class, language);
        if (clauseChannel.isPresent() && clauseLanguage.isPresent()) {
            return ResponseEntity.ok(clauses.clause(clauseChannel.get(), clauseLanguage.get()));
        }
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        if (clauseChannel.isEmpty()) {
            allowed.put("channel", names(ClauseChannel.values()));
            errors.add(new FieldProblem("channel", "must be one of " + String.join(", ", allowed.get("channel"))));
        }
        if (clauseLanguage.isEmpty()) {
            allowed.put("language", names(Language.values()));
            errors.add(new FieldProblem("language", "must be one of " + String.join(", ", allowed.get("language"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid fields: "
                + String.join(", ", allowed.keySet()));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        problem.setProperty("allowed", allowed);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
