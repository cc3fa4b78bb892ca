package com.privacydesk.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays a front door: short, the two commands first, and a map that names every page of docs/. */
class ReadmeFrontDoorTest {

    private static final Path README = Path.of("README.md");
    /** Issue 19: about 150 lines; past 200 the depth belongs in a page of docs/. */
    private static final int MAX_LINES = 200;

    @Test
    void isAtMost200Lines() throws IOException {
        assertThat(Files.readAllLines(README)).hasSizeLessThanOrEqualTo(MAX_LINES);
    }

    @Test
    void firstCodeBlock_isTheTwoCommands() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("```bash\n") + "```bash\n".length();
        List<String> commands = readme.substring(start, readme.indexOf("```", start)).lines()
                .map(line -> line.replaceAll("\\s+#.*", "").strip()).toList();

        // CI (.ci/run) runs the second; DevProfileStartTest starts the first.
        assertThat(commands).containsExactly("mvn spring-boot:run", "mvn verify");
    }

    @Test
    void theMapLinksEveryPageOfDocs() throws IOException {
        String readme = Files.readString(README);
        List<String> pages;
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            pages = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md")).sorted()
                    .toList();
        }

        assertThat(pages).contains("operations.md", "security.md");
        assertThat(pages.stream().filter(page -> !readme.contains("(docs/" + page + ")")
                && !readme.contains("(docs/" + page + "#")).toList())
                .as("pages of docs/ the README's map does not link")
                .isEmpty();
    }
}
