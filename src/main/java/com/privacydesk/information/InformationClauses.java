package com.privacydesk.information;

import com.privacydesk.correspondence.ControllerProfile;
import com.privacydesk.correspondence.LetterInformation;
import com.privacydesk.country.LeadAuthority;
import com.privacydesk.datamap.PeriodWords;
import com.privacydesk.platform.PlainTextTemplates;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.retention.RetentionProperties;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.ui.freemarker.SpringTemplateLoader;

/**
 * The first layer of information per channel and language (GDPR Art. 13, seed 001), rendered from the templates
 * {@code {lang}/{clause}.ftl} with the controller profile: who the controller is, whom to ask about data protection,
 * why the data are used, the customer's rights and where the full privacy policy is. It also writes the two texts the
 * desk's letters carry ({@link LetterInformation}): the request-handling clause of every acknowledgement and the
 * e-mail footer.
 */
@Service
public class InformationClauses implements LetterInformation {

    private final ControllerProfile controller;
    private final InformationProperties properties;
    private final RetentionProperties retention;
    private final String publicBaseUrl;
    private final Configuration freemarker;
    // Profile, settings and templates are fixed for the life of the application, so each text (and its version) is too.
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, InformationClause> rendered = new ConcurrentHashMap<>();

    public InformationClauses(ControllerProfile controller, InformationProperties properties,
            RetentionProperties retention,
            @Value("${privacy-desk.public-base-url:http://localhost:8080}") String publicBaseUrl,
            ResourceLoader resources) {
        this.controller = controller;
        this.properties = properties;
        this.retention = retention;
        this.publicBaseUrl = baseUrl(publicBaseUrl);
        this.freemarker = configuration(new SpringTemplateLoader(resources, properties.templatePath()));
    }

    public InformationClause clause(ClauseChannel channel, Language language) {
        return rendered.computeIfAbsent(channel + "/" + language, key -> {
            String text = text(channel, language.name());
            return new InformationClause(channel, language, text, sha256(text), fullPolicyUrl(channel, language.name()));
        });
    }

    /**
     * The text of a clause by ISO 639-1 code, for a language the desk's {@link Language} does not list yet (French,
     * issue 18). Fails when the language has no template for the clause.
     */
    public String text(ClauseChannel channel, String language) {
        return texts.computeIfAbsent(channel + "/" + language, key -> render(channel, language));
    }

    /**
     * The first layer a request's channel gave before the request reached the desk: the clause under the web form,
     * the chat's first message, the opening words of a call. An e-mail or a letter reached the desk without one:
     * theirs is the acknowledgement, recorded when it is sent (see {@code CaseLetters}), so nothing here.
     */
    public Optional<Given> givenAtIntake(Channel channel, Language language) {
        return switch (channel) {
            case WEB_FORM -> Optional.of(given(clause(ClauseChannel.WEB_FORM, language)));
            case CHAT -> Optional.of(given(clause(ClauseChannel.CHAT, language)));
            case PHONE -> Optional.of(given(clause(ClauseChannel.PHONE, language)));
            case EMAIL, LETTER -> Optional.empty();
        };
    }

    /** A clause key (a {@link ClauseChannel} name) and its version. */
    public record Given(String clause, String version) {
    }

    @Override
    public LetterInformation.Clause requestHandling(Language language) {
        return letterClause(clause(ClauseChannel.REQUEST_HANDLING, language));
    }

    @Override
    public LetterInformation.Clause emailFooter(Language language) {
        return letterClause(clause(ClauseChannel.EMAIL, language));
    }

    /** Where the full information is: the desk's own page for the request-handling clause, the company's otherwise. */
    String fullPolicyUrl(ClauseChannel channel, String language) {
        return channel == ClauseChannel.REQUEST_HANDLING ? publicBaseUrl + "/privacy-policy?lang=" + language
                : controller.privacyPolicyUrl();
    }

    private static LetterInformation.Clause letterClause(InformationClause clause) {
        return new LetterInformation.Clause(clause.channel().name(), clause.text(), clause.version());
    }

    private static Given given(InformationClause clause) {
        return new Given(clause.channel().name(), clause.version());
    }

    private String render(ClauseChannel channel, String language) {
        String name = language + "/" + channel.templateName() + ".ftl";
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model(channel, language), out);
            return tidy(out.toString());
        } catch (IOException | TemplateException e) {
            // The profile holds no personal data, but the engine's message is long; name the template and the spot.
            throw new IllegalStateException("Information clause " + name + " cannot be rendered: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private Map<String, Object> model(ClauseChannel channel, String language) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("companyName", controller.companyName());
        c.put("address", controller.address());
        c.put("dataProtectionContact", controller.dataProtectionContact());
        if (controller.dpoName() != null && !controller.dpoName().isBlank()) {
            c.put("dpoName", controller.dpoName());
        }
        c.put("privacyPolicyUrl", controller.privacyPolicyUrl());
        // The lead authority as this language names it (country profile), or the configured one.
        LeadAuthority authority = controller.leadAuthority(language);
        c.put("supervisoryAuthority", Map.of("name", authority.name(), "address", authority.address(),
                "website", authority.website()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("controller", c);
        model.put("recordingBasis", properties.callRecordingBasis().name());
        // How long a closed case is kept before the nightly purge deletes it (privacy-desk.retention.closed-cases).
        model.put("retention", PeriodWords.of(retention.closedCases()).in(Language.valueOf(language)));
        model.put("fullPolicyUrl", fullPolicyUrl(channel, language));
        return model;
    }

    private static String baseUrl(String configured) {
        URI uri = URI.create(configured.strip());
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("privacy-desk.public-base-url must be an absolute http(s) address");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
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
