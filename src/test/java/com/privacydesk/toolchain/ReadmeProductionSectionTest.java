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

/** The README's production section documents exactly the values docker-compose.yml takes from the environment. */
class ReadmeProductionSectionTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @Test
    void everyValueComposeReads_isInTheReadmesTable_andNothingElse() throws IOException {
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
        String readme = Files.readString(Path.of("README.md"));
        String production = readme.substring(readme.indexOf("## Running on PostgreSQL"));
        production = production.substring(0, production.indexOf("\n## ", 3));
        String table = production.substring(production.indexOf("| `.env` variable"));
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
}
