package com.privacydesk.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml sets only what the application reads, and keeps the database safe: every environment variable
 * of the {@code app} service is, after Spring's relaxed binding (PRIVACY_DESK_CONTROLLER_COMPANY_NAME =
 * privacy-desk.controller.company-name), a property of one of the desk's @ConfigurationProperties, a property Spring
 * Boot or Camunda document, a key in application*.yaml, or a ${PLACEHOLDER} used there. A misspelt variable would
 * otherwise be ignored silently and the default (or nothing) used in production.
 */
class DockerComposeEnvironmentTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path CONFIG = Path.of("src", "main", "resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::[^}]*)?}");

    private static Map<String, Object> services;
    /** Known property names in environment form (PRIVACY_DESK_CONTROLLER_COMPANY_NAME). */
    private static final Set<String> known = new TreeSet<>();
    /** Prefixes under which any name binds (maps, lists), in environment form with a trailing underscore. */
    private static final Set<String> knownPrefixes = new TreeSet<>();
    private static final Set<String> placeholders = new TreeSet<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFileAndWhatTheApplicationReads() throws Exception {
        Map<String, Object> compose = load(Files.readString(COMPOSE)).get(0);
        services = (Map<String, Object>) compose.get("services");

        try (Stream<Path> files = Files.list(CONFIG)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                String text = Files.readString(file);
                for (Map<String, Object> document : load(text)) {
                    flatten("", document);
                }
                Matcher matcher = PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    placeholders.add(matcher.group(1));
                }
            }
        }
        for (DeskSettings.Setting setting : DeskSettings.bound()) {
            known.add(envForm(setting.name()));
            if (setting.kind() == DeskSettings.Kind.ANY_KEY_BELOW) {
                knownPrefixes.add(envForm(setting.name()) + "_");
            }
        }
        // Spring Boot's and Camunda's documented properties; a Map property (spring.mail.properties) takes any key below.
        Enumeration<URL> metadata = DockerComposeEnvironmentTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        ObjectMapper json = new ObjectMapper();
        while (metadata.hasMoreElements()) {
            try (InputStream in = metadata.nextElement().openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = envForm(property.path("name").asText());
                    known.add(name);
                    if (property.path("type").asText().startsWith("java.util.Map")) {
                        knownPrefixes.add(name + "_");
                    }
                }
            }
        }
    }

    @Test
    void everyEnvironmentVariableOfTheApp_isOneTheApplicationReads() {
        Map<String, Object> environment = environment("app");
        assertThat(environment).as("app environment").isNotEmpty();
        List<String> unread = environment.keySet().stream().filter(variable -> !isRead(variable)).toList();
        assertThat(unread).as("variables in docker-compose.yml that the application does not read").isEmpty();
    }

    @Test
    void theCheckItself_rejectsAMisspeltVariable() {
        assertThat(isRead("PRIVACY_DESK_CONTROLLER_COMPANY_NAME")).isTrue();
        assertThat(isRead("SPRING_PROFILES_ACTIVE")).isTrue();
        assertThat(isRead("DB_URL")).isTrue();
        assertThat(isRead("SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE")).isTrue();
        assertThat(isRead("PRIVACY_DESK_CONTROLER_COMPANY_NAME")).isFalse();
        assertThat(isRead("PRIVACY_DESK_CONTROLLER_COMPANY")).isFalse();
    }

    @Test
    void theAppSetsTheDatasourceTheAdminAndTheControllerProfile() {
        assertThat(environment("app")).containsKeys("SPRING_PROFILES_ACTIVE", "DB_URL", "DB_USERNAME", "DB_PASSWORD",
                "CAMUNDA_BPM_ADMIN_USER_ID", "CAMUNDA_BPM_ADMIN_USER_PASSWORD", "PRIVACY_DESK_CONTROLLER_COMPANY_NAME");
        assertThat(String.valueOf(environment("app").get("SPRING_PROFILES_ACTIVE"))).contains("postgres");
    }

    @Test
    @SuppressWarnings("unchecked")
    void postgres_keepsItsDataInAVolume_andHasAHealthCheck() {
        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        assertThat(postgres).as("postgres service").isNotNull();
        List<Object> volumes = (List<Object>) postgres.get("volumes");
        assertThat(volumes).as("postgres volumes").isNotEmpty();
        assertThat(volumes).anySatisfy(volume -> assertThat(String.valueOf(volume)).endsWith(":/var/lib/postgresql/data"));
        Map<String, Object> healthcheck = (Map<String, Object>) postgres.get("healthcheck");
        assertThat(healthcheck).as("postgres healthcheck").isNotNull();
        assertThat(String.valueOf(healthcheck.get("test"))).contains("pg_isready");
    }

    @Test
    @SuppressWarnings("unchecked")
    void app_waitsForAHealthyDatabase_andProbesItsReadiness() {
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
        assertThat(((Map<String, Object>) dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
        Map<String, Object> healthcheck = (Map<String, Object>) app.get("healthcheck");
        assertThat(healthcheck).as("app healthcheck").isNotNull();
        assertThat(String.valueOf(healthcheck.get("test"))).contains("/actuator/health/readiness");
    }

    // ------------------------------------------------------------------ helpers

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        Object environment = ((Map<String, Object>) services.get(service)).get("environment");
        if (environment instanceof List<?> list) { // the "- NAME=value" form
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            list.forEach(entry -> {
                String[] parts = String.valueOf(entry).split("=", 2);
                map.put(parts[0], parts.length > 1 ? parts[1] : null);
            });
            return map;
        }
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    private static boolean isRead(String variable) {
        return placeholders.contains(variable) || known.contains(variable)
                || knownPrefixes.stream().anyMatch(variable::startsWith);
    }

    /** Spring's environment form of a canonical property name: privacy-desk.controller.company-name. */
    static String envForm(String property) {
        return property.replaceAll("\\[\\d*]", "").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return java.util.stream.StreamSupport.stream(yaml.loadAll(text).spliterator(), false)
                .filter(Map.class::isInstance).map(document -> (Map<String, Object>) document).toList();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            known.add(envForm(name));
            if (value instanceof Map<?, ?> nested) {
                flatten(name, (Map<String, Object>) nested);
            } else if (value instanceof List<?>) {
                knownPrefixes.add(envForm(name) + "_");
            }
        });
    }
}
