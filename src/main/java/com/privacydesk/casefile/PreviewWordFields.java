package com.privacydesk.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.answer.AnswerPlanForm;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.LocalisedForms;
import com.privacydesk.stafflanguage.StaffTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The handler's words in "Prepare answer" (explanation, details per right, corrected values), with the id of the
 * form field that holds each. The preview page names these ids so that Tasklist's preview script can copy the
 * words from the open form into the page's POST body: words never travel in a URL (proxy logs, browser history).
 * Read from the form itself, so a process owner who renames a field in Modeler breaks nothing here.
 */
@Component
public class PreviewWordFields {

    static final String FORM = "forms/prepare-answer.form";

    /** One free-text field: the variable it submits and the form component that holds it. */
    public record WordField(String key, String componentId, boolean multiline, String label, Right right,
            int maxLength) {
    }

    private final Map<String, WordField> byKey;

    public PreviewWordFields(ObjectMapper mapper, StaffTexts texts) {
        try (InputStream in = new ClassPathResource(FORM).getInputStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The labels as the handler reads them in the form: the form's message file in the staff language.
            Map<String, String> labels = new HashMap<>(LocalisedForms.sourceTexts(json));
            LocalisedForms.messages(LocalisedForms.formId(json), texts.language()).ifPresent(labels::putAll);
            Map<String, WordField> fields = new LinkedHashMap<>();
            collect(mapper.readTree(json), Set.copyOf(AnswerPlanForm.FREE_TEXT_VARIABLES), labels, fields);
            this.byKey = Map.copyOf(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FORM, e);
        }
    }

    private static void collect(JsonNode node, Set<String> wanted, Map<String, String> labels,
            Map<String, WordField> fields) {
        for (JsonNode component : node.path("components")) {
            String key = component.path("key").asText(null);
            if (key != null && wanted.contains(key)) {
                String id = component.path("id").asText();
                Right right = Stream.of(Right.values()).filter(r -> key.equals(AnswerPlanForm.prefix(r) + "Details"))
                        .findFirst().orElse(null);
                fields.put(key, new WordField(key, id, "textarea".equals(component.path("type").asText()),
                        labels.getOrDefault(id + ".label", key), right,
                        component.path("validate").path("maxLength").asInt(4000)));
            }
            collect(component, wanted, labels, fields);
        }
    }

    /** Every free-text variable the form has: what a preview request may carry in its body, and only there. */
    public boolean isWords(String key) {
        return AnswerPlanForm.FREE_TEXT_VARIABLES.contains(key);
    }

    /** The fields that apply to a case with these rights, in the form's order of concern. */
    public List<WordField> forRights(List<Right> rights) {
        List<String> keys = new ArrayList<>(List.of(AnswerPlanForm.EXPLANATION));
        for (Right right : rights) {
            keys.add(AnswerPlanForm.prefix(right) + "Details");
            if (right == Right.RECTIFICATION) {
                keys.addAll(AnswerPlanForm.CORRECTION_VARIABLES);
            }
        }
        keys.add(AnswerPlanForm.REASON_DETAILS);
        return keys.stream().distinct().map(byKey::get).filter(java.util.Objects::nonNull).toList();
    }
}
