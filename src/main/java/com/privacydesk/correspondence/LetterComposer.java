package com.privacydesk.correspondence;

import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.correspondence.LetterContext.DataItem;
import com.privacydesk.correspondence.LetterContext.ProcessingActivity;
import com.privacydesk.platform.PlainTextTemplates;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.ui.freemarker.SpringTemplateLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Composes plain-text letters from the templates {@code {lang}/{kind}.ftl} under {@link LetterProperties#templatePath()}.
 * Required values are checked per kind before rendering, and the template engine itself fails on any missing value,
 * so a letter never goes out with an empty gap.
 */
@Component
public class LetterComposer {

    private static final Logger log = LoggerFactory.getLogger(LetterComposer.class);
    private static final Language FALLBACK = Language.en;
    private static final Map<Language, DateTimeFormatter> DATE_FORMATS = dateFormats();
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Language.fr.locale());
    // Compiled once: every letter is tidied with them.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t]+\\n");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{3,}");

    private final Configuration freemarker;

    public LetterComposer(LetterProperties properties, ResourceLoader resourceLoader) {
        this.freemarker = PlainTextTemplates.configuration(
                new SpringTemplateLoader(resourceLoader, properties.templatePath()));
    }

    public Letter compose(LetterKind kind, LetterContext context) {
        if (kind == null || context == null) {
            throw new IllegalArgumentException("kind and context are required");
        }
        Language requested = context.language() == null ? FALLBACK : context.language();
        List<String> problems = problems(kind, context);
        if (!problems.isEmpty()) {
            throw new LetterException(kind, requested, context.caseNumber(), String.join("; ", problems));
        }
        Template template = template(kind, requested, context.caseNumber());
        // The template's folder is the language actually written, en after a fallback.
        Language language = Language.valueOf(template.getName().substring(0, template.getName().indexOf('/')));
        return render(kind, language, template, context);
    }

    /** "5 kwietnia 2025", "5 April 2025", "5. April 2025", "5 april 2025", "5 avril 2025". */
    static String formatDate(LocalDate date, Language language) {
        // French writes the first day of a month as an ordinal: "1er avril 2025".
        if (language == Language.fr && date.getDayOfMonth() == 1) {
            return "1er " + FRENCH_MONTH_YEAR.format(date);
        }
        return DATE_FORMATS.get(language).format(date);
    }

    private Letter render(LetterKind kind, Language language, Template template, LetterContext context) {
        StringWriter body = new StringWriter();
        try {
            Environment environment = template.createProcessingEnvironment(model(context, language), body);
            environment.setLocale(language.locale());
            environment.process();
            String subject = subject(environment.getVariable("subject"));
            if (subject == null) {
                throw new LetterException(kind, language, context.caseNumber(),
                        "template " + template.getName() + " assigns no subject");
            }
            return new Letter(kind, language, subject, tidy(body.toString()));
        } catch (InvalidReferenceException e) {
            throw new LetterException(kind, language, context.caseNumber(), "missing value ${"
                    + e.getBlamedExpressionString() + "} in " + e.getTemplateSourceName() + " line " + e.getLineNumber());
        } catch (TemplateException e) {
            // The engine's own message may quote values (personal data), so only the location and expression travel.
            throw new LetterException(kind, language, context.caseNumber(), e.getClass().getSimpleName() + " at ${"
                    + e.getBlamedExpressionString() + "} in " + e.getTemplateSourceName() + " line " + e.getLineNumber());
        } catch (IOException e) {
            throw new LetterException(kind, language, context.caseNumber(), "template " + template.getName()
                    + " could not be rendered: " + e.getClass().getSimpleName());
        }
    }

    private Template template(LetterKind kind, Language language, String caseNumber) {
        try {
            return freemarker.getTemplate(language.name() + "/" + kind.templateName() + ".ftl");
        } catch (TemplateNotFoundException e) {
            if (language == FALLBACK) {
                throw new LetterException(kind, language, caseNumber, "template " + e.getTemplateName() + " not found");
            }
            log.warn("Case {}: no {} template for {}, writing in {}", caseNumber, kind, language, FALLBACK);
            return template(kind, FALLBACK, caseNumber);
        } catch (ParseException e) {
            throw new LetterException(kind, language, caseNumber, "template " + e.getTemplateName() + " line "
                    + e.getLineNumber() + " does not parse: " + e.getEditorMessage());
        } catch (IOException e) {
            throw new LetterException(kind, language, caseNumber, "template " + kind.templateName()
                    + " could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** Everything the kind needs, listed at once so the handler fixes the case in one go. */
    private static List<String> problems(LetterKind kind, LetterContext c) {
        List<String> problems = new ArrayList<>();
        require(problems, notBlank(c.caseNumber()), "caseNumber is missing");
        require(problems, c.receivedAt() != null, "receivedAt is missing");
        require(problems, c.deadline() != null, "deadline is missing");
        // An e-mail is acknowledged before an agent has read which rights it concerns; every other letter needs them.
        require(problems, !c.rights().isEmpty() || kind == LetterKind.ACKNOWLEDGEMENT, "rights are missing");
        require(problems, c.controller() != null, "controller profile is missing");
        require(problems, c.downloadLinks().isEmpty() || c.downloadLinksValidUntil() != null,
                "downloadLinksValidUntil is missing (download links)");
        require(problems, c.downloadLinks().isEmpty() || kind == LetterKind.ANSWER
                || kind == LetterKind.PARTIAL_REFUSAL || kind == LetterKind.FURTHER_ANSWER,
                "download links belong in an answer only");
        require(problems, !c.reasons().contains(ReasonCode.OTHER) || notBlank(c.reasonDetails()),
                "reasonDetails are missing (reason OTHER)");
        Decision expected = switch (kind) {
            case ANSWER -> Decision.FULFIL;
            case PARTIAL_REFUSAL -> Decision.PARTIAL;
            case REFUSAL -> Decision.REFUSE;
            case EXTENSION_NOTICE -> Decision.EXTEND;
            default -> null;
        };
        // A fulfilled plan whose erasure kept data under a legal duty is answered as a partial refusal.
        boolean partlyKept = kind == LetterKind.PARTIAL_REFUSAL && c.decision() == Decision.FULFIL;
        require(problems, expected == null || c.decision() == null || c.decision() == expected || partlyKept,
                "decision " + c.decision() + " does not fit this letter");
        switch (kind) {
            case IDENTITY_INFORMATION_REQUEST -> {
                require(problems, notBlank(c.informationNeeded()), "informationNeeded is missing");
                require(problems, c.informationDueBy() != null, "informationDueBy is missing");
                require(problems, c.deadlineSuspended() != null, "deadlineSuspended is missing");
            }
            case ANSWER, PARTIAL_REFUSAL -> answerProblems(problems, c, kind);
            case REFUSAL -> answerProblems(problems, c, kind);
            case EXTENSION_NOTICE -> {
                require(problems, !c.reasons().isEmpty(), "reasons are missing");
                require(problems, c.extendedDeadline() != null, "extendedDeadline is missing");
                require(problems, c.extendedDeadline() == null || c.deadline() == null
                        || c.extendedDeadline().isAfter(c.deadline()), "extendedDeadline is not after deadline");
            }
            case RESTRICTION_LIFT_NOTICE -> require(problems, notBlank(c.reasonDetails()),
                    "reasonDetails are missing (why the restriction ends)");
            case FURTHER_ANSWER -> {
                answerProblems(problems, c, kind);
                require(problems, notBlank(c.explanation()), "explanation is missing");
            }
            default -> {
            }
        }
        return problems;
    }

    /**
     * What an answer must hold: a report whose sections fit the kind, a reason for every refused right (with the
     * handler's words where the code needs them), the values of every category copied and the Art. 15(1)
     * information with them, and the handler's explanation for a question.
     */
    private static void answerProblems(List<String> problems, LetterContext c, LetterKind kind) {
        AnswerReport report = c.answer();
        if (report == null) {
            problems.add("the answer report is missing");
            return;
        }
        boolean anyFulfilled = report.sections().stream().anyMatch(AnswerReport.Section::fulfilled);
        boolean limited = report.sections().stream().anyMatch(s -> !s.fulfilled() || !s.kept().isEmpty()
                || !s.withheld().isEmpty() || !s.retained().isEmpty());
        require(problems, kind != LetterKind.REFUSAL || !anyFulfilled, "a fulfilled right does not fit a REFUSAL");
        require(problems, kind != LetterKind.ANSWER || !limited, "a refused, kept or withheld part makes this a"
                + " PARTIAL_REFUSAL");
        require(problems, kind != LetterKind.PARTIAL_REFUSAL || limited, "nothing is refused, kept or withheld:"
                + " this is an ANSWER");
        for (AnswerReport.Section s : report.sections()) {
            if (!s.fulfilled()) {
                require(problems, !s.reasons().isEmpty(), "reasons are missing (" + s.right() + ")");
                require(problems, s.reasons().stream().noneMatch(r -> ReasonCode.valueOf(r).needsDetails())
                        || notBlank(s.details()), "the handler's words are missing (" + s.right() + ")");
            }
            s.copied().stream().filter(item -> item.rows() > 0 && item.values().isEmpty()).forEach(item ->
                    problems.add("values of category '" + item.category() + "' are missing (access)"));
            if (s.fulfilled() && !s.copied().isEmpty()) {
                require(problems, !report.processingInfo().isEmpty(), "processingInfo is missing (access, Art. 15(1))");
            }
            if (s.fulfilled() && s.right().equals(Right.QUESTION.name())) {
                require(problems, notBlank(c.explanation()), "explanation is missing (question)");
            }
        }
    }

    private static Map<String, Object> model(LetterContext c, Language language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("caseNumber", c.caseNumber());
        putIfPresent(model, "requesterName", blankToNull(c.requesterName()));
        model.put("byPost", c.byPost());
        model.put("receivedAt", formatDate(c.receivedAt(), language));
        model.put("deadline", formatDate(c.deadline(), language));
        putIfPresent(model, "extendedDeadline", c.extendedDeadline() == null ? null : formatDate(c.extendedDeadline(), language));
        putIfPresent(model, "deadlineSuspended", c.deadlineSuspended());
        putIfPresent(model, "informationDueBy", c.informationDueBy() == null ? null : formatDate(c.informationDueBy(), language));
        model.put("rights", c.rights().stream().distinct().sorted().map(Enum::name).toList());
        putIfPresent(model, "decision", c.decision() == null ? null : c.decision().name());
        model.put("reasons", c.reasons().stream().distinct().map(Enum::name).toList());
        putIfPresent(model, "reasonDetails", blankToNull(c.reasonDetails()));
        putIfPresent(model, "informationNeeded", blankToNull(c.informationNeeded()));
        putIfPresent(model, "explanation", blankToNull(c.explanation()));
        putIfPresent(model, "signedBy", blankToNull(c.signedBy()));
        model.put("controller", controller(c.controller(), language));
        putIfPresent(model, "answer", c.answer() == null ? null : c.answer().model());
        model.put("downloadLinks", c.downloadLinks().stream()
                .map(link -> Map.of("file", link.file(), "url", link.url())).toList());
        putIfPresent(model, "downloadLinksValidUntil", c.downloadLinksValidUntil() == null ? null
                : formatDate(c.downloadLinksValidUntil(), language));
        return model;
    }

    static Map<String, Object> item(DataItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("category", item.category());
        map.put("rows", item.rows());
        map.put("values", item.values());
        return map;
    }

    static Map<String, Object> activity(ProcessingActivity activity) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("purpose", activity.purpose());
        map.put("legalBasis", activity.legalBasis());
        map.put("dataCategories", activity.dataCategories());
        map.put("recipients", activity.recipients());
        map.put("retention", activity.retention());
        map.put("source", activity.source());
        return map;
    }

    /** The controller as the letter's language names it: its lead authority and, with a country profile, the courts. */
    private static Map<String, Object> controller(ControllerProfile profile, Language language) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("companyName", profile.companyName());
        map.put("address", profile.address());
        map.put("dataProtectionContact", profile.dataProtectionContact());
        putIfPresent(map, "dpoName", blankToNull(profile.dpoName()));
        map.put("privacyPolicyUrl", profile.privacyPolicyUrl());
        var authority = profile.leadAuthority(language);
        Map<String, Object> sa = new LinkedHashMap<>();
        sa.put("name", authority.name());
        sa.put("address", authority.address());
        sa.put("website", authority.website());
        map.put("supervisoryAuthority", sa);
        putIfPresent(map, "courtRemedy", blankToNull(profile.courtRemedy(language)));
        return map;
    }

    private static Map<Language, DateTimeFormatter> dateFormats() {
        Map<Language, DateTimeFormatter> formats = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String pattern = language == Language.de ? "d. MMMM yyyy" : "d MMMM yyyy";
            formats.put(language, DateTimeFormatter.ofPattern(pattern, language.locale()));
        }
        return formats;
    }

    private static String subject(TemplateModel model) throws TemplateModelException {
        if (model instanceof TemplateScalarModel scalar && notBlank(scalar.getAsString())) {
            return WHITESPACE.matcher(scalar.getAsString().strip()).replaceAll(" ");
        }
        return null;
    }

    /** Plain text for an e-mail: no trailing blanks, at most one empty line in a row. */
    private static String tidy(String text) {
        String lines = TRAILING_BLANKS.matcher(text.replace("\r\n", "\n")).replaceAll("\n");
        return EMPTY_LINES.matcher(lines).replaceAll("\n\n").strip() + "\n";
    }

    private static void require(List<String> problems, boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return notBlank(value) ? value : null;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
