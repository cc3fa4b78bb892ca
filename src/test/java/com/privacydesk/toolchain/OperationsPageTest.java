package com.privacydesk.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The operators' page (docs/operations.md) documents exactly the values docker-compose.yml takes from the
 * environment, and every setting the desk's code reads.
 */
class OperationsPageTest {

    private static final Path PAGE = Path.of("docs", "operations.md");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    /** The record of processing is data (record-of-processing.yaml, the process owner's page), not a setting. */
    private static final String RECORD_OF_PROCESSING = "privacy-desk.record-of-processing";

    @Test
    void everyValueComposeReads_isInTheEnvTable_andNothingElse() throws IOException {
        Set<String> composeReads = new TreeSet<>();
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        services.values().forEach(service -> {
            Object environment = service.get("environment");
            if (environment instanceof Map<?, ?> variables) {
                variables.values().forEach(value -> {
                    Matcher reference = ENV_REFERENCE.matcher(String.valueOf(value));
                    while (reference.find()) {
                        composeReads.add(reference.group(1));
                    }
                });
            }
        });
        String table = section("## Running on PostgreSQL");
        table = table.substring(table.indexOf("| `.env` variable"));
        // The first column of each row of the `.env` table names the variables.
        Set<String> documented = new TreeSet<>();
        for (String row : table.lines().skip(2).takeWhile(line -> line.startsWith("|")).toList()) {
            Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(row.split("\\|")[1]);
            while (name.find()) {
                documented.add(name.group(1));
            }
        }

        assertThat(composeReads).isNotEmpty();
        assertThat(documented).isEqualTo(composeReads);
    }

    @Test
    void everySettingTheCodeReads_isInTheSettingsSection() throws Exception {
        Set<String> read = new TreeSet<>(DeskSettings.injected());
        for (DeskSettings.Setting setting : DeskSettings.bound()) {
            if (setting.kind() != DeskSettings.Kind.GROUP && !setting.name().startsWith(RECORD_OF_PROCESSING)) {
                read.add(setting.name());
            }
        }
        String settings = section("## Settings");

        // The scan itself must find what we know is there, or an empty list would pass.
        assertThat(read).contains("privacy-desk.deadlines.country", "privacy-desk.security.login.first-delay",
                "privacy-desk.controller.supervisory-authority.website", "privacy-desk.public-base-url");
        assertThat(read.stream().filter(name -> !settings.contains("`" + name + "`")).toList())
                .as("settings of the code missing from the Settings section of " + PAGE)
                .isEmpty();
    }

    /** The text of one level-2 section of the page, up to the next one. */
    private static String section(String heading) throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading + " in " + PAGE).isNotNegative();
        int end = page.indexOf("\n## ", start + heading.length() + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
