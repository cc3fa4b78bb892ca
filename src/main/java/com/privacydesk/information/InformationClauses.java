package com.privacydesk.information;

import com.privacydesk.correspondence.ControllerProfile;
import com.privacydesk.correspondence.LetterProperties;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.platform.PlainTextTemplates;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.ui.freemarker.SpringTemplateLoader;

/**
 * The first layer of information per channel and language (GDPR Art. 13, seed 001), rendered from the templates
 * {@code {lang}/{clause}.ftl} with the controller profile: who the controller is, whom to ask about data protection,
 * why the data are used, the customer's rights and where the full privacy policy is.
 */
@Service
public class InformationClauses {

    /** The clause key recorded for a letter: the acknowledgement letter carries the first layer (see README). */
    public static final String ACKNOWLEDGEMENT_LETTER = "ACKNOWLEDGEMENT_LETTER";

    private final ControllerProfile controller;
    private final InformationProperties properties;
    private final LetterProperties letters;
    private final ResourceLoader resources;
    private final Configuration freemarker;
    // Profile and templates are fixed for the life of the application, so each text (and its version) is too.
    private final Map<String, InformationClause> rendered = new ConcurrentHashMap<>();

    public InformationClauses(ControllerProfile controller, InformationProperties properties, LetterProperties letters,
            ResourceLoader resources) {
        this.controller = controller;
        this.properties = properties;
        this.letters = letters;
        this.resources = resources;
        this.freemarker = configuration(new SpringTemplateLoader(resources, properties.templatePath()));
    }

    public InformationClause clause(ClauseChannel channel, Language language) {
        return rendered.computeIfAbsent(channel + "/" + language, key -> render(channel, language));
    }

    /**
     * Which first layer a request on this channel was given. A letter is answered by the acknowledgement letter,
     * whose signature names the controller, the data protection contact and the privacy policy: its version is the
     * digest of its templates.
     */
    public Given givenFor(Channel channel, Language language) {
        return switch (channel) {
            case WEB_FORM -> given(clause(ClauseChannel.WEB_FORM, language));
            case CHAT -> given(clause(ClauseChannel.CHAT, language));
            case EMAIL -> given(clause(ClauseChannel.EMAIL, language));
            case PHONE -> given(clause(ClauseChannel.PHONE, language));
            case LETTER -> new Given(ACKNOWLEDGEMENT_LETTER, acknowledgementVersion(language));
        };
    }

    /** A clause key (a {@link ClauseChannel} name or {@link #ACKNOWLEDGEMENT_LETTER}) and its version. */
    public record Given(String clause, String version) {
    }

    private static Given given(InformationClause clause) {
        return new Given(clause.channel().name(), clause.version());
    }

    private InformationClause render(ClauseChannel channel, Language language) {
        String name = language.name() + "/" + channel.templateName() + ".ftl";
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model(), out);
            String text = tidy(out.toString());
            return new InformationClause(channel, language, text, sha256(text.getBytes(StandardCharsets.UTF_8)),
                    controller.privacyPolicyUrl());
        } catch (IOException | TemplateException e) {
            // The profile holds no personal data, but the engine's message is long; name the template and the spot.
            throw new IllegalStateException("Information clause " + name + " cannot be rendered: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("companyName", controller.companyName());
        c.put("address", controller.address());
        c.put("dataProtectionContact", controller.dataProtectionContact());
        if (controller.dpoName() != null && !controller.dpoName().isBlank()) {
            c.put("dpoName", controller.dpoName());
        }
        c.put("privacyPolicyUrl", controller.privacyPolicyUrl());
        c.put("supervisoryAuthority", Map.of("name", controller.supervisoryAuthority().name(),
                "address", controller.supervisoryAuthority().address(),
                "website", controller.supervisoryAuthority().website()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("controller", c);
        model.put("recordingBasis", properties.callRecordingBasis().name());
        return model;
    }

    private String acknowledgementVersion(Language language) {
        String base = letters.templatePath().endsWith("/") ? letters.templatePath() : letters.templatePath() + "/";
        Resource acknowledgement = resources.getResource(base + language.name() + "/acknowledgement.ftl");
        // The composer writes English when a language has no template; the version follows what is sent.
        String folder = acknowledgement.exists() ? language.name() : Language.en.name();
        try (InputStream letter = resources.getResource(base + folder + "/acknowledgement.ftl").getInputStream();
                InputStream common = resources.getResource(base + folder + "/common.ftl").getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(letter.readAllBytes());
            digest.update(common.readAllBytes());
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Acknowledgement letter template of " + folder + " cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Templates are written one sentence a line for review; a clause is spoken or shown as one paragraph. */
    private static String tidy(String text) {
        return text.replace("\r\n", "\n").strip().replaceAll("[ \\t]*\\n[ \\t]*", " ").replaceAll(" {2,}", " ");
    }

    private static Configuration configuration(SpringTemplateLoader loader) {
        Configuration configuration = PlainTextTemplates.configuration(loader);
        // Sentences come from macro calls on lines of their own: keep every line break, tidy() makes them spaces.
        configuration.setWhitespaceStripping(false);
        return configuration;
    }
}
