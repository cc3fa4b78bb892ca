package com.privacydesk.stafflanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One form, five languages: a Camunda Form in {@code forms/} is the English source (what Modeler edits), and
 * {@code forms/messages/<form id>_<language>.properties} hold its texts in pl, de, nl and fr, keyed by component
 * id ({@code VerifyIdentity_Verification.label}, {@code VerifyIdentity_Verification.values.CONFIRMED}). The form
 * deployed is the source with the staff language's texts put in; ids, keys, layout and rules come from the
 * source only, so a field added in English exists in every language, and its missing text fails
 * {@code FormTranslationsTest} (and the deployment: no form goes out half translated).
 */
public final class LocalisedForms {

    /**
     * Forms not yet split into source and messages: deployed as they are, in English, whatever the staff language.
     * For a form being redesigned; none now. The test reports this list and fails while a listed form has messages.
     */
    public static final Set<String> NOT_YET_CONVERTED = Set.of();

    /** The component properties that are texts people read; everything else is structure. */
    static final List<String> TEXT_PROPERTIES = List.of("label", "description", "text", "dateLabel", "timeLabel",
            "placeholder");

    static final String MESSAGES = "forms/messages/";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LocalisedForms() {
    }

    /** The source form with the texts of {@code language}; the source itself for English and unconverted forms. */
    public static String localise(String sourceJson, StaffLanguage language) {
        JsonNode form = read(sourceJson);
        String formId = formId(form);
        if (language == StaffLanguage.SOURCE || NOT_YET_CONVERTED.contains(formId)) {
            return sourceJson;
        }
        Map<String, String> messages = messages(formId, language).orElseThrow(() -> new IllegalStateException(
                "form " + formId + " has no texts in " + language.code() + ": add " + MESSAGES + fileName(formId,
                        language)));
        texts(form, (key, slot) -> {
            String text = messages.get(key);
            if (text == null) {
                throw new IllegalStateException("form " + formId + " lacks the text " + key + " in "
                        + language.code() + " (" + MESSAGES + fileName(formId, language) + ")");
            }
            slot.parent().put(slot.property(), text);
        });
        try {
            return JSON.writeValueAsString(form) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form " + formId + " cannot be written", e);
        }
    }

    /** Every text of the source form, by key, in the form's order. */
    public static Map<String, String> sourceTexts(String sourceJson) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts(read(sourceJson), (key, slot) -> texts.put(key, slot.parent().get(slot.property()).asText()));
        return texts;
    }

    /** The texts of {@code formId} in {@code language}, if its message file exists. */
    public static Optional<Map<String, String>> messages(String formId, StaffLanguage language) {
        InputStream in = LocalisedForms.class.getClassLoader().getResourceAsStream(MESSAGES
                + fileName(formId, language));
        if (in == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MESSAGES + fileName(formId, language), e);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> messages.put(name, properties.getProperty(name)));
        return Optional.of(messages);
    }

    public static String formId(String sourceJson) {
        return formId(read(sourceJson));
    }

    static String fileName(String formId, StaffLanguage language) {
        return formId + "_" + language.code() + ".properties";
    }

    private static String formId(JsonNode form) {
        JsonNode id = form.get("id");
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("a form without an id");
        }
        return id.asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a form (invalid JSON): " + e.getOriginalMessage(), e);
        }
    }

    private record Slot(ObjectNode parent, String property) {
    }

    /** Visits every text: {@code <component id>.<property>} and {@code <component id>.values.<value>}. */
    private static void texts(JsonNode form, BiConsumer<String, Slot> visit) {
        List<JsonNode> pending = new ArrayList<>();
        form.path("components").forEach(pending::add);
        while (!pending.isEmpty()) {
            ObjectNode component = (ObjectNode) pending.remove(0);
            String id = component.path("id").asText(null);
            if (id == null) {
                throw new IllegalArgumentException("form " + formId(form) + ": a component without an id");
            }
            for (String property : TEXT_PROPERTIES) {
                if (component.path(property).isTextual()) {
                    visit.accept(id + "." + property, new Slot(component, property));
                }
            }
            for (JsonNode value : component.path("values")) {
                visit.accept(id + ".values." + value.path("value").asText(), new Slot((ObjectNode) value, "label"));
            }
            List<JsonNode> children = new ArrayList<>();
            component.path("components").forEach(children::add);
            pending.addAll(0, children);
        }
    }
}
